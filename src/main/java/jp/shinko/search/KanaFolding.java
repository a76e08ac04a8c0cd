package jp.shinko.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds hiragana to katakana and letters to lower case, so ものづくり and モノづくり, or DX and dx,
 * become the same search key.
 */
final class KanaFolding extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    KanaFolding(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        var buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            buffer[i] = fold(buffer[i]);
        }
        return true;
    }

    /** ぁ..ゖ and ゝゞ to their katakana; everything else lower-cased. */
    static char fold(char c) {
        if ((c >= 'ぁ' && c <= 'ゖ') || c == 'ゝ' || c == 'ゞ') {
            return (char) (c + ('ァ' - 'ぁ'));
        }
        return Character.toLowerCase(c);
    }
}

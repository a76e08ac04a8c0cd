package jp.shinko.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits the {@link Bigrams} of its (already NFKC-normalized) input; each gram that starts or ends
 * at a kuromoji word boundary is repeated at the same position with its markers.
 */
final class BigramTokenizer extends Tokenizer {

    private final JapaneseTokenizer words =
            new JapaneseTokenizer(DomainDictionary.get(), true, true, JapaneseTokenizer.Mode.SEARCH);
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    private record Token(String text, int start, int end, int increment) {
    }

    private List<Token> tokens;
    private int next;
    private int finalOffset;

    @Override
    public boolean incrementToken() throws IOException {
        if (tokens == null) {
            var text = readAll();
            tokens = tokens(text);
            finalOffset = correctOffset(text.length());
        }
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        var token = tokens.get(next++);
        term.setEmpty().append(token.text());
        offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
        increment.setPositionIncrement(token.increment());
        return true;
    }

    private List<Token> tokens(String text) throws IOException {
        var boundaries = boundaries(text);
        var result = new ArrayList<Token>();
        int lastPosition = -1;
        for (var gram : Bigrams.of(text)) {
            boolean starts = gram.opensRun() || boundaries.get(gram.start());
            boolean ends = gram.closesRun() || boundaries.get(gram.end());
            result.add(new Token(gram.text(), gram.start(), gram.end(), gram.position() - lastPosition));
            lastPosition = gram.position();
            if (starts) {
                result.add(new Token(Bigrams.START + gram.text(), gram.start(), gram.end(), 0));
            }
            if (ends) {
                result.add(new Token(gram.text() + Bigrams.END, gram.start(), gram.end(), 0));
            }
            if (starts && ends) {
                result.add(new Token(Bigrams.START + gram.text() + Bigrams.END, gram.start(), gram.end(), 0));
            }
        }
        return result;
    }

    /** Offsets where kuromoji starts or ends a word. */
    private BitSet boundaries(String text) throws IOException {
        var boundaries = new BitSet(text.length() + 1);
        var wordOffset = words.getAttribute(OffsetAttribute.class);
        words.setReader(new StringReader(text));
        try {
            words.reset();
            while (words.incrementToken()) {
                boundaries.set(wordOffset.startOffset());
                boundaries.set(wordOffset.endOffset());
            }
            words.end();
        } finally {
            words.close();
        }
        return boundaries;
    }

    private String readAll() throws IOException {
        var text = new StringBuilder();
        var chunk = new char[1024];
        for (int n; (n = input.read(chunk)) != -1; ) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tokens = null;
        next = 0;
        finalOffset = 0;
    }
}

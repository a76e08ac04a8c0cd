package jp.shinko.search;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Normalizes text to NFKC before tokenizing (ＤＸ → DX, ｲﾝﾊﾞｳﾝﾄﾞ → インバウンド) while keeping
 * offsets pointing into the original text, so matches can be highlighted in the stored original.
 * Fields are short, so the whole input is read at once.
 */
final class NfkcCharFilter extends BaseCharFilter {

    private String normalized;
    private int position;

    NfkcCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (normalized == null) {
            normalized = normalize(readAll());
        }
        if (position >= normalized.length()) {
            return -1;
        }
        int count = Math.min(length, normalized.length() - position);
        normalized.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    private String readAll() throws IOException {
        var text = new StringBuilder();
        var chunk = new char[1024];
        for (int n; (n = input.read(chunk)) != -1; ) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }

    /**
     * Normalizes one character with the marks that follow it at a time, recording where the
     * output is shorter (ﾊﾞ → バ) or longer (㈱ → (株)) than the input.
     */
    private String normalize(String in) {
        var out = new StringBuilder(in.length());
        int i = 0;
        while (i < in.length()) {
            int end = i + Character.charCount(in.codePointAt(i));
            while (end < in.length() && attachesToPrevious(in.codePointAt(end))) {
                end += Character.charCount(in.codePointAt(end));
            }
            var group = in.substring(i, end);
            var norm = Normalizer.normalize(group, Normalizer.Form.NFKC);
            int outStart = out.length();
            out.append(norm);
            if (norm.length() > group.length()) {
                // The extra characters have no original of their own: they point at the group's start.
                for (int k = 1; k < norm.length(); k++) {
                    addOffCorrectMap(outStart + k, i - (outStart + k));
                }
                addOffCorrectMap(out.length(), end - out.length());
            } else if (norm.length() < group.length()) {
                addOffCorrectMap(out.length(), end - out.length());
            }
            i = end;
        }
        return out.toString();
    }

    /** Combining marks, and the half-width (semi-)voiced sound marks that NFKC composes with kana. */
    static boolean attachesToPrevious(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || codePoint == 0xFF9E || codePoint == 0xFF9F;
    }
}

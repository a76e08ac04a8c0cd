package jp.shinko.ingest.kagoshima;

import java.util.ArrayList;
import java.util.List;

/**
 * A line cut at ASCII spaces and tabs, the separators text extraction puts between cells sharing
 * a line. Ideographic spaces stay inside tokens: they belong to the cell text.
 */
final class Tokens {

    /** One token: its text and its character span in the line. */
    record Token(String text, int start, int end) {
    }

    private Tokens() {
    }

    static List<Token> of(String line, int from) {
        var tokens = new ArrayList<Token>();
        int i = Math.min(from, line.length());
        while (i < line.length()) {
            while (i < line.length() && isSeparator(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < line.length() && !isSeparator(line.charAt(i))) {
                i++;
            }
            if (i > start && !line.substring(start, i).isBlank()) {
                tokens.add(new Token(line.substring(start, i), start, i));
            }
        }
        return tokens;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t';
    }
}

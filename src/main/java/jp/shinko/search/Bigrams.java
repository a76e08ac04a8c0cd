package jp.shinko.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Overlapping two-character grams of the word characters of a text (東京都 → 東京, 京都), the
 * recall side of the index. A run of word characters ends at anything else (space, punctuation);
 * the next run starts one position further on, so a phrase never spans the break unnoticed.
 * Grams are folded (hiragana to katakana, lower case); a run of one character is its own gram.
 *
 * <p>Each gram can carry markers saying it starts ({@code ^東京}) or ends ({@code 京都$}) at a
 * word boundary found by kuromoji. A query term must start and end on boundaries, so 京都 does
 * not match inside 東京都 (東京|都) while インバウンド still matches however its parts split.
 */
final class Bigrams {

    static final String START = "^";
    static final String END = "$";

    private Bigrams() {
    }

    /**
     * A gram: folded text, offsets into the text it was cut from, its position, and whether it
     * opens or closes its run of word characters (a run's edges are word boundaries too).
     */
    record Gram(String text, int start, int end, int position, boolean opensRun, boolean closesRun) {
    }

    static List<Gram> of(String text) {
        var grams = new ArrayList<Gram>();
        int position = -1;
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < text.length() && isWordChar(text.charAt(runEnd))) {
                runEnd++;
            }
            position += grams.isEmpty() ? 1 : 2;
            if (runEnd - i == 1) {
                grams.add(new Gram(fold(text, i, runEnd), i, runEnd, position, true, true));
            } else {
                for (int k = i; k + 2 <= runEnd; k++) {
                    if (k > i) {
                        position++;
                    }
                    grams.add(new Gram(fold(text, k, k + 2), k, k + 2, position, k == i, k + 2 == runEnd));
                }
            }
            i = runEnd;
        }
        return grams;
    }

    /** Letters and digits of any script; ー and 々 are letters too. Surrogates are treated as letters. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    private static String fold(String text, int start, int end) {
        var folded = new char[end - start];
        for (int i = start; i < end; i++) {
            folded[i - start] = KanaFolding.fold(text.charAt(i));
        }
        return new String(folded);
    }
}

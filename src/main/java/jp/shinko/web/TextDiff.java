package jp.shinko.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between last year's text and this year's, character by character (Japanese has no
 * spaces to split words on): runs of kept, removed and added text, from a longest common
 * subsequence. Texts too long for the table (over {@link #MAX_CELLS} cells) are shown as one
 * removal and one addition.
 */
final class TextDiff {

    /** Kept, removed (only last year) or added (only this year). */
    enum Kind { SAME, REMOVED, ADDED }

    /** A run of characters of one kind. */
    record Part(Kind kind, String text) {
        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    static final int MAX_CELLS = 4_000_000;

    private TextDiff() {
    }

    static List<Part> of(String before, String after) {
        var a = before == null ? "" : before;
        var b = after == null ? "" : after;
        var parts = new ArrayList<Part>();
        if ((long) a.length() * b.length() > MAX_CELLS) {
            add(parts, Kind.REMOVED, a);
            add(parts, Kind.ADDED, b);
            return parts;
        }
        int n = a.length();
        int m = b.length();
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        var lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.charAt(i) == b.charAt(j)) {
                add(parts, Kind.SAME, String.valueOf(a.charAt(i)));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(parts, Kind.REMOVED, String.valueOf(a.charAt(i)));
                i++;
            } else {
                add(parts, Kind.ADDED, String.valueOf(b.charAt(j)));
                j++;
            }
        }
        return parts;
    }

    /** Appends text, joining it to the last part when that is of the same kind. */
    private static void add(List<Part> parts, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            var last = parts.remove(parts.size() - 1);
            parts.add(new Part(kind, last.text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }
}

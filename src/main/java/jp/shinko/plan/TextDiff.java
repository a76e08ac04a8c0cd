package jp.shinko.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable difference between two texts of a project (実施内容 of two years): the texts are cut
 * into phrases at Japanese punctuation and line ends, and the phrases compared (longest common
 * subsequence), so a reader sees which phrases were dropped and which added rather than a
 * character soup.
 */
public final class TextDiff {

    /** One phrase of the difference. */
    public enum Kind { SAME, REMOVED, ADDED }

    /** A phrase and whether both texts have it, only the earlier or only the later. */
    public record Part(Kind kind, String text) {
    }

    private TextDiff() {
    }

    /** Whether the texts differ once spacing is ignored. */
    public static boolean differs(String before, String after) {
        return !squeeze(before).equals(squeeze(after));
    }

    /** The phrases of {@code before} and {@code after} in reading order, marked. */
    public static List<Part> between(String before, String after) {
        var a = phrases(before);
        var b = phrases(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = squeeze(a.get(i)).equals(squeeze(b.get(j))) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        var parts = new ArrayList<Part>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && squeeze(a.get(i)).equals(squeeze(b.get(j)))) {
                add(parts, Kind.SAME, b.get(j));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(parts, Kind.REMOVED, a.get(i++));
            } else {
                add(parts, Kind.ADDED, b.get(j++));
            }
        }
        return parts;
    }

    private static void add(List<Part> parts, Kind kind, String text) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            var last = parts.remove(parts.size() - 1);
            parts.add(new Part(kind, last.text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }

    /** Phrases ending with their punctuation (、。・ and line ends), so joined they give the text back. */
    static List<String> phrases(String text) {
        var phrases = new ArrayList<String>();
        if (text == null || text.isEmpty()) {
            return phrases;
        }
        var current = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            current.append(c);
            if (c == '、' || c == '。' || c == '\n' || c == '，' || c == '．' || c == '・') {
                phrases.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            phrases.add(current.toString());
        }
        return phrases;
    }

    private static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "");
    }
}

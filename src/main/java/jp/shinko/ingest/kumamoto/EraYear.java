package jp.shinko.ingest.kumamoto;

import java.text.Normalizer;
import jp.shinko.era.Era;

/**
 * Years as this list prints them: 令和六年, 令和6年, 令和元年, with the Gregorian year often in
 * brackets beside. Numbers may be kanji (六, 十二, 二〇二四), full-width or ASCII digits; the eras
 * themselves come from {@link Era}.
 */
final class EraYear {

    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    private EraYear() {
    }

    /** The Gregorian year of {@code era} year {@code number}, or -1 for an unknown era or number. */
    static int gregorian(String era, String number) {
        int n = number(number);
        return n <= 0 ? -1 : Era.byKanji(era).map(e -> e.firstYear() - 1 + n).orElse(-1);
    }

    /** The value of a number written in kanji, full-width or ASCII digits, 元 being 1; -1 if unreadable. */
    static int number(String text) {
        var t = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        if (t.equals("元")) {
            return 1;
        }
        if (t.matches("\\d{1,4}")) {
            return Integer.parseInt(t);
        }
        if (t.isEmpty() || !t.chars().allMatch(c -> KANJI_DIGITS.indexOf(c) >= 0 || "十百千".indexOf(c) >= 0)) {
            return -1;
        }
        if (t.chars().noneMatch(c -> "十百千".indexOf(c) >= 0)) {
            // Positional: 二〇二四.
            int v = 0;
            for (char c : t.toCharArray()) {
                v = v * 10 + KANJI_DIGITS.indexOf(c);
            }
            return v;
        }
        int total = 0;
        int digit = -1;
        for (char c : t.toCharArray()) {
            int d = KANJI_DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }
}

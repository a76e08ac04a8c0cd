package jp.shinko.amount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.shinko.plan.AmountUnit;
import jp.shinko.plan.Yen;

/**
 * Reads an amount the way municipal documents write it into exact yen, keeping the unit it was
 * written in. One reader for every importer, the mapping profiles and the template.
 *
 * <ul>
 * <li>a bare number is in the column's unit: {@code 1,200} in a 千円 column is 1,200,000 yen;</li>
 * <li>a written unit: {@code 218,272,770 円}, {@code 41160千円}, {@code 2,596万円},
 *     {@code 12.5百万円}, {@code ¥1,200}; compound {@code 46億9,456万4千円} (units descending);</li>
 * <li>{@code △1,200}, {@code ▲1,200} and {@code -1,200} are negative (a reduction); a pair of
 *     brackets round the whole, {@code (2,596万円)}, is only brackets, not a sign (Japanese
 *     documents print a reduction with △, and bracket a breakdown or a figure carried along);</li>
 * <li>full-width digits, commas and brackets; spaces anywhere are ignored;</li>
 * <li>a dash alone (―, －, -, ー) is no amount, 非公開 undisclosed, a blank cell not stated;</li>
 * <li>refused, with a reason: estimates (約300, 300程度, 300余), ranges (100～200), bounds
 *     (300以上), words, fractions of a yen, commas out of place, and — for a reader
 *     {@link #inColumn in a column} — a unit other than the column's (34,114円 in a 千円 column).</li>
 * </ul>
 * Thread-safe and allocation-light: no regular expression on the way to a number.
 */
public final class AmountReader {

    private static final long MAX_MANTISSA = (Long.MAX_VALUE - 9) / 10;
    private static final String[] APPROXIMATE = {"約", "およそ", "概ね", "おおむね", "程度", "前後", "余", "強", "弱",
        "ほど", "くらい", "ぐらい", "見込"};
    private static final String[] BOUNDS = {"以上", "以下", "未満", "超", "まで", "以内"};
    private static final Pattern IN_TEXT = Pattern.compile(
            "[△▲]?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*(?:億|千万|百万|万|千)(?:\\s*\\d[\\d,]*(?:\\.\\d+)?)?)*\\s*円");

    private final AmountUnit unit;
    private final boolean strict;

    private AmountReader(AmountUnit unit, boolean strict) {
        this.unit = unit;
        this.strict = strict;
    }

    /**
     * A reader for a column in {@code unit}: bare numbers are in it, and a text that writes a unit
     * must write this one (for a compound, its last: 4千円 in 千円).
     */
    public static AmountReader inColumn(AmountUnit unit) {
        return new AmountReader(java.util.Objects.requireNonNull(unit, "unit"), true);
    }

    /**
     * A reader for free text where the written unit wins (a name cell with 41160千円, a line
     * "(その他特財 2,108,400 円)"); bare numbers are in {@code fallback}, or refused when it is null.
     */
    public static AmountReader statedUnit(AmountUnit fallback) {
        return new AmountReader(fallback, false);
    }

    /** The unit of bare numbers, or null. */
    public AmountUnit unit() {
        return unit;
    }

    /** A numeric spreadsheet cell, in the column's unit. */
    public AmountReading read(BigDecimal number) {
        String text = number.stripTrailingZeros().toPlainString();
        if (unit == null) {
            return AmountReading.refused(text, AmountRefusal.NO_UNIT, null);
        }
        try {
            var yen = number.multiply(BigDecimal.valueOf(unit.yen()));
            if (yen.signum() != 0 && yen.stripTrailingZeros().scale() > 0) {
                return AmountReading.refused(text, AmountRefusal.FRACTION_OF_YEN, unit);
            }
            return AmountReading.of(text, Yen.of(yen.longValueExact(), unit));
        } catch (ArithmeticException e) {
            return AmountReading.refused(text, AmountRefusal.TOO_LARGE, unit);
        }
    }

    /** One cell's or one field's text. */
    public AmountReading read(String text) {
        if (text == null) {
            return AmountReading.of("", Yen.notStated());
        }
        char[] s = fold(text);
        int n = s.length;
        if (n == 0) {
            return AmountReading.of(text, Yen.notStated());
        }
        if (allDashes(s)) {
            return AmountReading.of(text, Yen.none());
        }
        if (n == 3 && s[0] == '非' && s[1] == '公' && (s[2] == '開' || s[2] == '表')) {
            return AmountReading.of(text, Yen.undisclosed());
        }
        var parsed = new Scan(s).parse();
        if (parsed.refusal != null) {
            return AmountReading.refused(text, classify(text, parsed.refusal), unit);
        }
        return AmountReading.of(text, parsed.yen);
    }

    /**
     * Every amount written with 円 inside a longer text (a project name ending in 41160千円, a
     * revenue line "(その他特財 2,108,400 円)"), in order, each read with its written unit.
     */
    public static List<FoundAmount> findIn(String text) {
        var found = new ArrayList<FoundAmount>();
        if (text == null) {
            return found;
        }
        var folded = new String(foldKeepingLength(text));
        var reader = statedUnit(null);
        var matcher = IN_TEXT.matcher(folded);
        while (matcher.find()) {
            var written = text.substring(matcher.start(), matcher.end());
            found.add(new FoundAmount(matcher.start(), matcher.end(), reader.read(written)));
        }
        return found;
    }

    /** An amount found inside a text: its character span and what it reads as. */
    public record FoundAmount(int start, int end, AmountReading reading) {
    }

    private static AmountRefusal classify(String text, AmountRefusal parsed) {
        for (var marker : APPROXIMATE) {
            if (text.contains(marker)) {
                return AmountRefusal.APPROXIMATE;
            }
        }
        if (text.indexOf('～') >= 0 || text.indexOf('〜') >= 0 || text.indexOf('~') >= 0) {
            return AmountRefusal.RANGE;
        }
        for (var marker : BOUNDS) {
            if (text.contains(marker)) {
                return AmountRefusal.BOUND;
            }
        }
        return parsed;
    }

    private static boolean allDashes(char[] s) {
        for (char c : s) {
            if (c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Half-width digits and signs, ASCII brackets, no spaces. */
    private static char[] fold(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c != ' ') {
                out[n++] = c;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static char[] foldKeepingLength(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c == '△' || c == '▲' ? c : fold(c);
        }
        return out;
    }

    private static char fold(char c) {
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        return switch (c) {
            case '，' -> ',';
            case '．' -> '.';
            case '（' -> '(';
            case '）' -> ')';
            case '－', '−', '‐', '―', 'ー', '—', '–', '─' -> '-';
            case '▲' -> '△';
            case '＋' -> '+';
            case '￥' -> '¥';
            case '\u3000', '\u00a0', '\t', '\n', '\r' -> ' ';
            default -> c;
        };
    }

    /** One pass over a folded text. */
    private final class Scan {
        private final char[] s;
        private int i;
        private int end;
        private Yen yen;
        private AmountRefusal refusal;

        Scan(char[] s) {
            this.s = s;
            this.end = s.length;
        }

        Scan parse() {
            if (end >= 2 && s[0] == '(' && s[end - 1] == ')') {
                i = 1;
                end--;
            }
            boolean negative = false;
            if (i < end && (s[i] == '△' || s[i] == '-')) {
                negative = true;
                i++;
            } else if (i < end && s[i] == '+') {
                i++;
            }
            boolean yenMark = i < end && s[i] == '¥';
            if (yenMark) {
                i++;
            }
            long total = 0;
            long last = Long.MAX_VALUE;
            int groups = 0;
            boolean bare = false;
            while (i < end) {
                long mantissa = 0;
                int scale = -1;
                int digits = 0;
                int inGroup = 0;
                boolean comma = false;
                for (; i < end; i++) {
                    char c = s[i];
                    if (c >= '0' && c <= '9') {
                        if (mantissa > MAX_MANTISSA) {
                            return refuse(AmountRefusal.TOO_LARGE);
                        }
                        mantissa = mantissa * 10 + (c - '0');
                        digits++;
                        if (scale >= 0) {
                            scale++;
                        } else {
                            inGroup++;
                        }
                    } else if (c == ',') {
                        if (scale >= 0 || inGroup == 0 || inGroup > 3 || (comma && inGroup != 3)) {
                            return refuse(AmountRefusal.BAD_GROUPING);
                        }
                        comma = true;
                        inGroup = 0;
                    } else if (c == '.') {
                        if (scale >= 0 || digits == 0) {
                            return refuse(AmountRefusal.NOT_A_NUMBER);
                        }
                        if (comma && inGroup != 3) {
                            return refuse(AmountRefusal.BAD_GROUPING);
                        }
                        scale = 0;
                    } else {
                        break;
                    }
                }
                if (digits == 0 || scale == 0) {
                    return refuse(AmountRefusal.NOT_A_NUMBER);
                }
                if (comma && scale < 0 && inGroup != 3) {
                    return refuse(AmountRefusal.BAD_GROUPING);
                }
                long multiplier = multiplier();
                if (multiplier == 1) {
                    boolean yenNext = i < end && s[i] == '円';
                    if (!yenNext && !yenMark) {
                        if (i < end) {
                            return refuse(AmountRefusal.NOT_A_NUMBER);
                        }
                        if (groups > 0 || unit == null) {
                            return refuse(AmountRefusal.NO_UNIT);
                        }
                        multiplier = unit.yen();
                        bare = true;
                    }
                }
                if (multiplier >= last) {
                    return refuse(AmountRefusal.UNIT_ORDER);
                }
                long value;
                try {
                    value = Math.multiplyExact(mantissa, multiplier);
                    if (scale > 0) {
                        long pow = POWERS[Math.min(scale, 18)];
                        if (scale > 18 || value % pow != 0) {
                            return refuse(AmountRefusal.FRACTION_OF_YEN);
                        }
                        value /= pow;
                    }
                    total = Math.addExact(total, value);
                } catch (ArithmeticException e) {
                    return refuse(AmountRefusal.TOO_LARGE);
                }
                last = multiplier;
                groups++;
                if (i < end && s[i] == '円') {
                    i++;
                    break;
                }
                if (bare || multiplier == 1) {
                    break;
                }
            }
            if (i != end || groups == 0) {
                return refuse(AmountRefusal.NOT_A_NUMBER);
            }
            AmountUnit written = bare ? unit : unitOf(last);
            if (strict && written != unit) {
                return refuse(AmountRefusal.UNIT_MISMATCH);
            }
            yen = Yen.of(negative ? -total : total, written);
            return this;
        }

        /** 億, 千万, 百万, 万 or 千 at the cursor (consumed), or 1 for none. */
        private long multiplier() {
            if (i >= end) {
                return 1;
            }
            char c = s[i];
            char next = i + 1 < end ? s[i + 1] : 0;
            if (c == '億') {
                i++;
                return 100_000_000L;
            }
            if (c == '千' && next == '万') {
                i += 2;
                return 10_000_000L;
            }
            if (c == '百' && next == '万') {
                i += 2;
                return 1_000_000L;
            }
            if (c == '万') {
                i++;
                return 10_000L;
            }
            if (c == '千') {
                i++;
                return 1_000L;
            }
            return 1;
        }

        private Scan refuse(AmountRefusal reason) {
            refusal = reason;
            return this;
        }
    }

    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int k = 1; k < POWERS.length; k++) {
            POWERS[k] = POWERS[k - 1] * 10;
        }
    }

    private static AmountUnit unitOf(long multiplier) {
        for (var u : AmountUnit.values()) {
            if (u.yen() == multiplier) {
                return u;
            }
        }
        throw new IllegalStateException("no unit of " + multiplier);
    }
}

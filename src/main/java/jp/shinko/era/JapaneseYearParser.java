package jp.shinko.era;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.shinko.plan.FiscalYear;

/**
 * Reads fiscal years as Japanese documents print them: 令和2年度, R2, Ｒ元年度, 平成31年度, 31(R元)年度,
 * bare 18年度 in a caller-given era, 2024年度, 2024; and spans 27年度～R1年度, H29～R元, R2年度～.
 *
 * <p>Matching works on an NFKC-normalized copy (full-width digits, letters, brackets and ～), upper
 * case, with spaces removed except between digits; messages quote the caller's original text.
 * {@code 年} and {@code 年度} are both accepted, or neither. A bracket holds the same year in another
 * notation ({@code 31(R元)}, {@code 令和6年度（2024年度）}) and must agree with it. A four-digit
 * number without era is Gregorian; a one- or two-digit number without era, or 元, is read in the
 * caller's era. In a span, a bare end year takes the start's era if the start names one
 * ({@code 平成22～25年度}), else the caller's.
 */
public final class JapaneseYearParser {

    private static final String ERA = "(明治|大正|昭和|平成|令和|[A-Z])";
    private static final String NUMBER = "(\\d+|元)";
    private static final String SUFFIX = "(年度?)?";
    private static final Pattern YEAR = Pattern.compile(
            ERA + "?" + NUMBER + SUFFIX + "(?:\\(" + ERA + "?" + NUMBER + SUFFIX + "\\))?" + SUFFIX);
    private static final Pattern SPACES = Pattern.compile("(?<!\\d)\\s+|\\s+(?!\\d)");
    private static final int FIRST_YEAR = 1868;
    private static final int LAST_YEAR = 2999;

    private JapaneseYearParser() {
    }

    /**
     * Reads a year or a span.
     *
     * @param text          the text as printed, e.g. {@code 31(R元)年度～}
     * @param bareNumberEra the era of numbers printed without one (平成 for a Heisei-era document's
     *                      {@code 18年度～}); null makes such numbers an error
     * @throws EraParseException if the text is not a year or span, or names an impossible year
     */
    public static YearSpan parseSpan(String text, Era bareNumberEra) {
        String key = matchingKey(text);
        String[] parts = key.split("~", -1);
        if (parts.length > 2) {
            throw new EraParseException(text, EraMessage.of("tilde-twice"));
        }
        if (parts[0].isEmpty()) {
            throw new EraParseException(text, EraMessage.of("no-start"));
        }
        List<EraMessage> warnings = new ArrayList<>();
        Reading start = readYear(text, parts[0], bareNumberEra, warnings);
        if (parts.length == 1) {
            return new YearSpan(start.year(), start.year(), false, warnings);
        }
        if (parts[1].isEmpty()) {
            return new YearSpan(start.year(), null, true, warnings);
        }
        Era endEra = start.namedEra() != null ? start.namedEra() : bareNumberEra;
        Reading end = readYear(text, parts[1], endEra, warnings);
        if (end.year().compareTo(start.year()) < 0) {
            throw new EraParseException(text,
                    EraMessage.of("end-before-start", end.year().year(), start.year().year()));
        }
        return new YearSpan(start.year(), end.year(), false, warnings);
    }

    /**
     * Reads one year; warnings (e.g. 平成32年) are dropped, use {@link #parseSpan} to see them.
     *
     * @throws EraParseException if the text is not one year (a span such as {@code R2年度～} included)
     */
    public static FiscalYear parseYear(String text, Era bareNumberEra) {
        String key = matchingKey(text);
        if (key.contains("~")) {
            throw new EraParseException(text, EraMessage.of("not-one-year"));
        }
        return readYear(text, key, bareNumberEra, new ArrayList<>()).year();
    }

    /** The copy used for matching; the caller's text stays as it was. */
    private static String matchingKey(String text) {
        if (text == null || text.isBlank()) {
            throw new EraParseException(text == null ? "" : text, EraMessage.of("empty"));
        }
        String key = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('〜', '~') // WAVE DASH, which NFKC leaves alone (～ becomes ~)
                .strip()
                .toUpperCase(Locale.ROOT);
        return SPACES.matcher(key).replaceAll("");
    }

    /** A year read from one token, and the era it named itself (null if bare or Gregorian). */
    private record Reading(FiscalYear year, Era namedEra) {
    }

    private static Reading readYear(String text, String token, Era bareNumberEra, List<EraMessage> warnings) {
        Matcher m = YEAR.matcher(token);
        if (!m.matches()) {
            throw new EraParseException(text, EraMessage.of("unknown-notation", token));
        }
        if (m.group(3) != null && m.group(7) != null) {
            throw new EraParseException(text, EraMessage.of("suffix-twice"));
        }
        Era named = m.group(1) == null ? null : era(text, m.group(1));
        FiscalYear year = resolve(text, named, m.group(2), named == null ? bareNumberEra : named, warnings);
        if (m.group(5) != null) {
            Era altEra = m.group(4) == null ? null : era(text, m.group(4));
            if (altEra == null && m.group(5).length() != 4) {
                throw new EraParseException(text, EraMessage.of("bracket-without-era", m.group(5)));
            }
            FiscalYear alt = resolve(text, altEra, m.group(5), altEra, warnings);
            if (!alt.equals(year)) {
                throw new EraParseException(text, EraMessage.of("bracket-differs", year.year(), alt.year()));
            }
        }
        return new Reading(year, named);
    }

    private static Era era(String text, String name) {
        return (name.length() == 1 ? Era.byLetter(name.charAt(0)) : Era.byKanji(name))
                .orElseThrow(() -> new EraParseException(text, EraMessage.of("era-letter-unknown", name)));
    }

    /**
     * The fiscal year of a number: in {@code era} if given (named or the caller's), Gregorian if it
     * has four digits and no era was named.
     */
    private static FiscalYear resolve(String text, Era named, String number, Era era, List<EraMessage> warnings) {
        if (named == null && number.length() == 4) {
            return gregorian(text, Integer.parseInt(number));
        }
        if (era == null) {
            throw new EraParseException(text, EraMessage.of("era-unknown", number));
        }
        if (number.length() > (named == null ? 2 : 3)) {
            throw new EraParseException(text, EraMessage.of("no-such-year", EraMessage.name(era), number));
        }
        int eraYear = number.equals("元") ? 1 : Integer.parseInt(number);
        if (eraYear < 1) {
            throw new EraParseException(text, EraMessage.of("year-below-one", EraMessage.name(era), eraYear));
        }
        int last = era.lastEraYear().orElse(Integer.MAX_VALUE);
        if (eraYear > last) {
            if (!era.allowsInformalYears()) {
                throw new EraParseException(text, EraMessage.of("past-last-year", EraMessage.name(era), last));
            }
            FiscalYear year = gregorian(text, era.firstYear() + eraYear - 1);
            warnings.add(EraMessage.of("informal-year", text, EraMessage.name(era), eraYear, last,
                    JapaneseYearFormat.japaneseWithGregorian(year)));
            return year;
        }
        return gregorian(text, era.firstYear() + eraYear - 1);
    }

    private static FiscalYear gregorian(String text, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new EraParseException(text, EraMessage.of("out-of-range", year, FIRST_YEAR, LAST_YEAR));
        }
        return FiscalYear.of(year);
    }
}

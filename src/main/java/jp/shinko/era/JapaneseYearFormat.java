package jp.shinko.era;

import jp.shinko.plan.FiscalYear;

/**
 * Prints fiscal years: 令和6年度, R6, 2024年度, 令和6年度（2024年度）. An era's first year prints as 元
 * (令和元年度, R元), which java.time's JapaneseDate cannot do. The era is {@link Era#of}: FY2019
 * prints as 令和元年度; pass {@link Era#HEISEI} to get 平成31年度.
 */
public final class JapaneseYearFormat {

    private JapaneseYearFormat() {
    }

    /** 令和6年度; 令和元年度 for FY2019. */
    public static String japanese(FiscalYear year) {
        return japanese(year, Era.of(year));
    }

    /**
     * In the given era: {@code japanese(FY2019, HEISEI)} is 平成31年度.
     *
     * @throws IllegalArgumentException if the year is outside the era's regular years
     */
    public static String japanese(FiscalYear year, Era era) {
        return era.kanji() + eraYear(year, era) + "年度";
    }

    /** R6; R元 for FY2019 (the notation the samples use), without 年度. */
    public static String abbreviated(FiscalYear year) {
        return abbreviated(year, Era.of(year));
    }

    /**
     * In the given era: {@code abbreviated(FY2019, HEISEI)} is H31.
     *
     * @throws IllegalArgumentException if the year is outside the era's regular years
     */
    public static String abbreviated(FiscalYear year, Era era) {
        return era.letter() + eraYear(year, era);
    }

    /** 2024年度. */
    public static String gregorian(FiscalYear year) {
        return year.year() + "年度";
    }

    /** 令和6年度（2024年度）, with full-width brackets. */
    public static String japaneseWithGregorian(FiscalYear year) {
        return japanese(year) + "（" + gregorian(year) + "）";
    }

    /** 令和2年度 for one year, 平成29年度～令和元年度 for a span, 令和2年度～ when open-ended. */
    public static String span(YearSpan span) {
        if (span.isSingleYear()) {
            return japanese(span.start());
        }
        return japanese(span.start()) + "～" + (span.openEnded() ? "" : japanese(span.end()));
    }

    private static String eraYear(FiscalYear year, Era era) {
        int eraYear = era.eraYear(year);
        return eraYear == 1 ? "元" : Integer.toString(eraYear);
    }
}

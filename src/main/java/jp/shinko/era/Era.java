package jp.shinko.era;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

import jp.shinko.plan.FiscalYear;

/** A Japanese era (元号) as fiscal years use it: kanji name, one-letter abbreviation, first Gregorian year. */
public enum Era {
    MEIJI("明治", 'M', 1868),
    TAISHO("大正", 'T', 1912),
    SHOWA("昭和", 'S', 1926),
    HEISEI("平成", 'H', 1989),
    REIWA("令和", 'R', 2019);

    private final String kanji;
    private final char letter;
    private final int firstYear;

    Era(String kanji, char letter, int firstYear) {
        this.kanji = kanji;
        this.letter = letter;
        this.firstYear = firstYear;
    }

    /** The name as printed: 令和. */
    public String kanji() {
        return kanji;
    }

    /** The upper-case Latin abbreviation: R. */
    public char letter() {
        return letter;
    }

    /** The Gregorian year of the era's first year (元年): 2019 for 令和. */
    public int firstYear() {
        return firstYear;
    }

    /**
     * The last era year in regular use, i.e. the year in which the next era began (平成31, 昭和64);
     * empty for the current era.
     */
    public OptionalInt lastEraYear() {
        Era[] eras = values();
        return ordinal() + 1 < eras.length
                ? OptionalInt.of(eras[ordinal() + 1].firstYear - firstYear + 1)
                : OptionalInt.empty();
    }

    /**
     * Whether era years past {@link #lastEraYear()} are read (with a warning) rather than
     * rejected. Only 平成: 令和 was announced on 1 April 2019, so plans written before then
     * named later years 平成32年度 and so on; no such usage is known for older eras.
     */
    public boolean allowsInformalYears() {
        return this == HEISEI;
    }

    /** The fiscal year of an era year (1 = 元年), without range checks beyond FiscalYear's own. */
    public FiscalYear fiscalYear(int eraYear) {
        if (eraYear < 1) {
            throw new IllegalArgumentException(kanji + "の" + eraYear + "年はありません");
        }
        return FiscalYear.of(firstYear + eraYear - 1);
    }

    /**
     * The era year (1 = 元年) of a fiscal year within this era's regular years.
     *
     * @throws IllegalArgumentException if the fiscal year lies outside them (平成32年度 is not printed)
     */
    public int eraYear(FiscalYear fiscalYear) {
        int eraYear = fiscalYear.year() - firstYear + 1;
        if (eraYear < 1 || eraYear > lastEraYear().orElse(Integer.MAX_VALUE)) {
            throw new IllegalArgumentException(fiscalYear.year() + "年度は" + kanji + "の年ではありません");
        }
        return eraYear;
    }

    /**
     * The era a fiscal year is printed in: the newest era that began by the end of the calendar
     * year the fiscal year starts in. So FY2019 is 令和元年度 (not 平成31年度, although April 2019
     * was still 平成) and FY1989 is 平成元年度; likewise FY1926 is 昭和元年度 and FY1912 大正元年度,
     * where historical documents say 大正15年度 and 明治45年度. Use {@link #eraYear} with another
     * era to print those.
     */
    public static Era of(FiscalYear fiscalYear) {
        Era found = MEIJI;
        for (Era era : values()) {
            if (era.firstYear <= fiscalYear.year()) {
                found = era;
            }
        }
        return found;
    }

    /** The era named 令和, 平成, ... (exact kanji). */
    public static Optional<Era> byKanji(String kanji) {
        return Arrays.stream(values()).filter(era -> era.kanji.equals(kanji)).findFirst();
    }

    /** The era abbreviated R, H, S, T, M (either case). */
    public static Optional<Era> byLetter(char letter) {
        char upper = Character.toUpperCase(letter);
        return Arrays.stream(values()).filter(era -> era.letter == upper).findFirst();
    }
}

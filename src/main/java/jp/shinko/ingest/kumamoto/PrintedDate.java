package jp.shinko.ingest.kumamoto;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years, months and dates as the list prints them, Gregorian in brackets preferred over the era
 * year beside it: 令和六年度（2024年度）, 令和六年（2024年）3月, 2024年3月末日時点.
 */
final class PrintedDate {

    private static final String NUMBER = "(元|[0-9０-９]{1,2}|[〇一二三四五六七八九十]{1,3})";
    private static final Pattern FISCAL_ERA = Pattern.compile("(令和|平成)" + NUMBER + "年度");
    private static final Pattern FISCAL_GREGORIAN = Pattern.compile("(?<![0-9０-９])([0-9０-９]{4})年度");
    private static final Pattern MONTH = Pattern.compile(
            "^(?:(令和|平成)" + NUMBER + "年)?\\s*(?:[（(]?([0-9０-９]{4})年[)）]?)?\\s*"
                    + "([0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})月$");
    private static final Pattern AS_OF = Pattern.compile(
            "(?:(令和|平成)" + NUMBER + "|([0-9]{4}))年([0-9]{1,2})月(末日|末|([0-9]{1,2})日)(?:時点|現在)");

    private PrintedDate() {
    }

    /** The fiscal year a text such as 令和六年度（2024年度） names: the Gregorian one where printed. */
    static Optional<Years> fiscalYear(String text) {
        Matcher gregorian = FISCAL_GREGORIAN.matcher(text);
        Matcher era = FISCAL_ERA.matcher(text);
        int g = gregorian.find() ? EraYear.number(gregorian.group(1)) : -1;
        int e = era.find() ? EraYear.gregorian(era.group(1), era.group(2)) : -1;
        return g < 0 && e < 0 ? Optional.empty() : Optional.of(new Years(g, e));
    }

    /** A year read twice, in Gregorian and in era notation; -1 where not printed. */
    record Years(int gregorian, int fromEra) {

        int year() {
            return gregorian > 0 ? gregorian : fromEra;
        }

        boolean disagree() {
            return gregorian > 0 && fromEra > 0 && gregorian != fromEra;
        }
    }

    /** A line that is only a month, 令和六年（2024年）3月 or 2024年3月. */
    static Optional<YearMonth> month(String line) {
        Matcher m = MONTH.matcher(line.strip());
        if (!m.matches() || m.group(1) == null && m.group(3) == null) {
            return Optional.empty();
        }
        int year = m.group(3) != null ? EraYear.number(m.group(3)) : EraYear.gregorian(m.group(1), m.group(2));
        int month = EraYear.number(m.group(4));
        return year > 0 && month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
    }

    /** The date a note says the contents are current as of: 2024年3月末日時点 is 2024-03-31. */
    static Optional<LocalDate> asOf(String text) {
        Matcher m = AS_OF.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        if (!m.find()) {
            return Optional.empty();
        }
        int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : EraYear.gregorian(m.group(1), m.group(2));
        int month = Integer.parseInt(m.group(4));
        if (year <= 0 || month < 1 || month > 12) {
            return Optional.empty();
        }
        var yearMonth = YearMonth.of(year, month);
        if (m.group(6) == null) {
            return Optional.of(yearMonth.atEndOfMonth());
        }
        int day = Integer.parseInt(m.group(6));
        return yearMonth.isValidDay(day) ? Optional.of(yearMonth.atDay(day)) : Optional.empty();
    }
}

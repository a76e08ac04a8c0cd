package jp.shinko.web;

import java.util.Locale;
import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.ProjectPeriod;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Prints fiscal years for pages, used from templates as {@code @yearText}: 令和6年度（2024年度）
 * on Japanese pages, FY2024 (令和6年度) on English ones.
 */
@Component("yearText")
public class YearText {

    public String of(FiscalYear year) {
        return japanese() ? JapaneseYearFormat.japaneseWithGregorian(year)
                : "FY" + year.year() + " (" + JapaneseYearFormat.japanese(year) + ")";
    }

    /**
     * A project's 事業期間 with its years spelled out: 平成18年度（2006年度）～ for 18年度～;
     * empty when no year is known.
     */
    public String period(ProjectPeriod period) {
        if (period.start() == null && period.end() == null) {
            return "";
        }
        var start = period.start() == null ? "" : of(period.start());
        if (period.end() == null) {
            return start + "～";
        }
        return period.end().equals(period.start()) ? start : start + "～" + of(period.end());
    }

    /** R6年度 (R元年度 for FY2019), FY2024 in English, for narrow column heads. */
    public String abbreviated(FiscalYear year) {
        return japanese() ? JapaneseYearFormat.abbreviated(year) + "年度" : "FY" + year.year();
    }

    private static boolean japanese() {
        return !Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }
}

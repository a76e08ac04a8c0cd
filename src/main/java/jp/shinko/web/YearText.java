package jp.shinko.web;

import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.ProjectPeriod;
import org.springframework.stereotype.Component;

/** Prints fiscal years for pages as 令和6年度（2024年度）; used from templates as {@code @yearText}. */
@Component("yearText")
public class YearText {

    public String of(FiscalYear year) {
        return JapaneseYearFormat.japaneseWithGregorian(year);
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

    /** R6年度 (R元年度 for FY2019), for narrow column heads. */
    public String abbreviated(FiscalYear year) {
        return JapaneseYearFormat.abbreviated(year) + "年度";
    }
}

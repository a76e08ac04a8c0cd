package jp.shinko.web;

import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.FiscalYear;
import org.springframework.stereotype.Component;

/** Prints fiscal years for pages as 令和6年度（2024年度）; used from templates as {@code @yearText}. */
@Component("yearText")
public class YearText {

    public String of(FiscalYear year) {
        return JapaneseYearFormat.japaneseWithGregorian(year);
    }

    /** R6年度 (R元年度 for FY2019), for narrow column heads. */
    public String abbreviated(FiscalYear year) {
        return JapaneseYearFormat.abbreviated(year) + "年度";
    }
}

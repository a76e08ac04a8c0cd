package jp.shinko.report.summary;

import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.YearRecord;

/** One amount column of the summary: a fiscal year's budget or its settlement. */
public record Measure(FiscalYear year, boolean settled, String label) {

    Amount of(YearRecord record) {
        return settled ? record.settled() : record.budget();
    }
}

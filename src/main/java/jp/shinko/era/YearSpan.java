package jp.shinko.era;

import java.util.List;
import java.util.Objects;

import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.ProjectPeriod;

/**
 * Fiscal years read from one text: a single year (start equals end), a closed span, or an
 * open-ended span ({@code R2年度～}: end null); warnings say what was doubtful.
 */
public record YearSpan(FiscalYear start, FiscalYear end, boolean openEnded, List<EraMessage> warnings) {

    public YearSpan {
        Objects.requireNonNull(start, "start");
        if (openEnded != (end == null)) {
            throw new IllegalArgumentException("end must be null exactly when the span is open-ended");
        }
        if (end != null && end.compareTo(start) < 0) {
            throw new IllegalArgumentException("終了年度が開始年度より前です: " + start + "～" + end);
        }
        warnings = List.copyOf(warnings);
    }

    /** Whether the span is one fiscal year. */
    public boolean isSingleYear() {
        return start.equals(end);
    }

    /** As a project's 事業期間, keeping the printed text. */
    public ProjectPeriod toPeriod(String printed) {
        return new ProjectPeriod(start, end, printed);
    }
}

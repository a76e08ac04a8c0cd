package jp.shinko.plan;

/**
 * A project's 事業期間: first and last fiscal year where known (either may be null: open-ended
 * or unknown), and the text as printed, kept because notations such as 開始年度不明 or several
 * spans carry more than two years can.
 */
public record ProjectPeriod(FiscalYear start, FiscalYear end, String printed) {

    public ProjectPeriod {
        if (start != null && end != null && end.compareTo(start) < 0) {
            throw new IllegalArgumentException("事業期間の終了年度が開始年度より前です: " + printed);
        }
        printed = printed == null ? "" : printed;
    }

    /** No period printed. */
    public static ProjectPeriod unknown() {
        return new ProjectPeriod(null, null, "");
    }
}

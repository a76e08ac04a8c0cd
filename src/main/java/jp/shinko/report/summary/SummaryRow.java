package jp.shinko.report.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of totals: a label, a note (a node's title, an organization's kind), how many projects,
 * and per measure the sum in thousand yen, or null where no project states an amount.
 */
public record SummaryRow(String label, String note, int projects, List<Long> totals) {

    public SummaryRow {
        totals = java.util.Collections.unmodifiableList(new ArrayList<>(totals));
    }

    /** The sum as printed: 1,234 or ― where nothing was stated. */
    public String printed(int measure) {
        var total = totals.get(measure);
        return total == null ? "―" : String.format("%,d", total);
    }
}

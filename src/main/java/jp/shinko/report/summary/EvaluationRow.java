package jp.shinko.report.summary;

import java.util.List;

/** How many projects under a node earned each mark of the scale (in the scale's order). */
public record EvaluationRow(String label, String note, List<Integer> counts) {

    public EvaluationRow {
        counts = List.copyOf(counts);
    }

    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}

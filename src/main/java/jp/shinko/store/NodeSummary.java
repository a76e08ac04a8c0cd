package jp.shinko.store;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PolicyNode;

/**
 * A node of a plan's tree with the projects placed at it or below it, each counted once however
 * often it is listed there ({@link BudgetSummary#of} semantics).
 *
 * @param projects distinct projects at or below the node, of all years
 * @param years    totals per fiscal year of the year's projects (ProjectYears), ascending; a year
 *                 appears when one of the node's projects is in it
 */
public record NodeSummary(PolicyNode node, int projects, Map<FiscalYear, BudgetSummary> years) {

    public NodeSummary {
        Objects.requireNonNull(node, "node");
        years = Collections.unmodifiableMap(new TreeMap<>(years));
    }

    /** The totals of a year; no projects and nothing stated when none of them is in that year. */
    public BudgetSummary year(FiscalYear year) {
        return years.getOrDefault(year, new BudgetSummary(0, 0, 0, 0, 0, 0, 0));
    }
}

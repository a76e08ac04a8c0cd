package jp.shinko.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;

/**
 * One fiscal year of a plan: its totals (each project once) and what its records state, so
 * pages show only the columns the year has.
 *
 * @param evaluations records per evaluation mark, in the order of the plan's scale
 * @param outlooks    records per outlook as printed, most frequent first
 */
public record PlanYear(FiscalYear year, BudgetSummary totals, Map<String, Integer> evaluations,
                       Map<String, Integer> outlooks) {

    public PlanYear {
        Objects.requireNonNull(year, "year");
        evaluations = Collections.unmodifiableMap(new LinkedHashMap<>(evaluations));
        outlooks = Collections.unmodifiableMap(new LinkedHashMap<>(outlooks));
    }

    /** Whether any record states a budget (a number or 非公開), or the year states no money at all. */
    public boolean showsBudget() {
        return totals.budgetStated() + totals.budgetUndisclosed() > 0 || !showsSettled();
    }

    /** Whether any record states a settled amount (a number or 非公開). */
    public boolean showsSettled() {
        return totals.settledStated() + totals.settledUndisclosed() > 0;
    }

    public boolean hasEvaluations() {
        return !evaluations.isEmpty();
    }

    public boolean hasOutlooks() {
        return !outlooks.isEmpty();
    }
}

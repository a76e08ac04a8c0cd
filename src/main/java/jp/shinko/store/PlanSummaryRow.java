package jp.shinko.store;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;

/**
 * One stored plan for the home page: its municipality, key and title, and per fiscal year the
 * totals of its year records. Each project counts once however often it is listed (再掲); a
 * year's {@link BudgetSummary#projects()} is the number of projects with a record that year.
 *
 * @param years totals by fiscal year, ascending
 */
public record PlanSummaryRow(Municipality municipality, String planKey, String planTitle,
                             Map<FiscalYear, BudgetSummary> years) {

    public PlanSummaryRow {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(planKey, "planKey");
        years = Collections.unmodifiableMap(new TreeMap<>(years));
    }
}

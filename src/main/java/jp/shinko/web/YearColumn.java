package jp.shinko.web;

import java.util.ArrayList;
import java.util.List;
import jp.shinko.plan.FiscalYear;
import jp.shinko.store.PlanYear;

/**
 * A column of a project list: one figure of one fiscal year. Only the figures a year states get a
 * column (Kagoshima's FY2019 has settled amounts and evaluations, its FY2020 budgets and
 * outlooks), so lists are as wide as the document, not wider.
 */
public record YearColumn(FiscalYear year, Kind kind) {

    /** Which figure of the year. */
    public enum Kind {
        BUDGET, SETTLED, EVALUATION, OUTLOOK;

        /** The {@code sort} value of the list that sorts by it, or null if it does not sort. */
        public String sortKey() {
            return this == OUTLOOK ? null : name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean money() {
            return this == BUDGET || this == SETTLED;
        }
    }

    /** The columns of the plan's years, or of {@code only} where given. */
    public static List<YearColumn> of(List<PlanYear> years, FiscalYear only) {
        var columns = new ArrayList<YearColumn>();
        for (var year : years) {
            if (only != null && !only.equals(year.year())) {
                continue;
            }
            if (year.showsBudget()) {
                columns.add(new YearColumn(year.year(), Kind.BUDGET));
            }
            if (year.showsSettled()) {
                columns.add(new YearColumn(year.year(), Kind.SETTLED));
            }
            if (year.hasEvaluations()) {
                columns.add(new YearColumn(year.year(), Kind.EVALUATION));
            }
            if (year.hasOutlooks()) {
                columns.add(new YearColumn(year.year(), Kind.OUTLOOK));
            }
        }
        return columns;
    }

    /** The columns of the plan's years that are in {@code shown}. */
    public static List<YearColumn> shown(List<PlanYear> years, java.util.Collection<FiscalYear> shown) {
        return of(years, null).stream().filter(c -> shown.contains(c.year())).toList();
    }

    /** Only the money columns. */
    public static List<YearColumn> money(List<PlanYear> years) {
        return of(years, null).stream().filter(c -> c.kind().money()).toList();
    }
}

package jp.shinko.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;

/**
 * Builds one plan's column: projects with a record in the fiscal year, their stated budgets per
 * theme (a project counted in full in each of its themes), new projects (新規 flag) and projects
 * ending (outlook says 終了, or the period ends in that year).
 */
final class PlanComparison {

    private PlanComparison() {
    }

    static PlanColumn column(PlanContent content, FiscalYear year, List<Theme> themes,
                             Map<String, List<String>> themesByProject, MunicipalityFigures figures) {
        // The year's projects as every page counts them (ProjectYears), not every record the list prints.
        var records = List.copyOf(jp.shinko.plan.ProjectYears.records(content, year).values());
        var codes = new ArrayList<String>();
        themes.forEach(t -> codes.add(t.code()));
        codes.add(Comparison.NONE);
        long total = records.stream().mapToLong(PlanComparison::budget).sum();
        var cells = new ArrayList<ThemeCell>();
        for (var code : codes) {
            var inTheme = records.stream().filter(r -> {
                var assigned = themesByProject.getOrDefault(r.projectKey(), List.of());
                return code.equals(Comparison.NONE) ? assigned.isEmpty() : assigned.contains(code);
            }).toList();
            long budget = inTheme.stream().mapToLong(PlanComparison::budget).sum();
            cells.add(new ThemeCell(code, inTheme.size(), budget, total == 0 ? 0 : (double) budget / total,
                    (int) inTheme.stream().filter(r -> r.has(YearFlag.NEW)).count(),
                    (int) inTheme.stream().filter(r -> ending(content, r)).count(),
                    perHead(budget, figures == null ? null : figures.population()),
                    perHead(budget, figures == null ? null : figures.businesses())));
        }
        return new PlanColumn(content.plan().key(), content.plan().title(), content.municipality().code(),
                content.municipality().name(), year.year(), records.size(),
                (int) records.stream().filter(r -> r.budget().isPresent()).count(), total,
                (int) records.stream().filter(r -> r.has(YearFlag.NEW)).count(),
                (int) records.stream().filter(r -> ending(content, r)).count(), figures, cells);
    }

    /** The latest fiscal year with at least one stated budget. */
    static FiscalYear latestBudgetYear(PlanContent content) {
        return content.yearRecords().stream().filter(r -> r.budget().isPresent()).map(YearRecord::year)
                .max(FiscalYear::compareTo).orElseGet(() -> content.years().get(content.years().size() - 1));
    }

    private static long budget(YearRecord r) {
        return r.budget().isPresent() ? r.budget().thousandYen() : 0;
    }

    private static boolean ending(PlanContent content, YearRecord r) {
        if (r.outlook() != null && r.outlook().contains("終了")) {
            return true;
        }
        return content.project(r.projectKey()).map(p -> p.period().end())
                .map(end -> end != null && end.equals(r.year())).orElse(false);
    }

    private static Long perHead(long budgetThousandYen, Long heads) {
        return heads == null || heads <= 0 ? null : Math.round(budgetThousandYen * 1000.0 / heads);
    }
}

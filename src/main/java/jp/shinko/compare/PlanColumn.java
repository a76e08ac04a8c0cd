package jp.shinko.compare;

import java.util.List;

/** One plan's fiscal year in a comparison: totals (each project once) and a cell per theme. */
public record PlanColumn(String planKey, String planTitle, String municipalityCode, String municipality, int fiscalYear,
                         int projects, int projectsWithBudget, long totalBudgetThousandYen, int newProjects,
                         int endingProjects, MunicipalityFigures figures, List<ThemeCell> cells) {

    public PlanColumn {
        cells = List.copyOf(cells);
    }

    public ThemeCell cell(String theme) {
        return cells.stream().filter(c -> c.theme().equals(theme)).findFirst().orElseThrow();
    }
}

package jp.shinko.compare;

/**
 * One theme in one plan's year. A project with several themes counts its whole budget in each,
 * so a plan's theme budgets add up to more than its total; share is of the plan's total.
 *
 * @param theme          theme code, or "none" for projects without a theme
 * @param budgetThousandYen sum of stated budgets (千円)
 * @param share          budgetThousandYen / the plan's total budget, 0..1
 * @param yenPerResident budget in yen per resident, when the population is entered
 * @param yenPerBusiness budget in yen per business, when the number of businesses is entered
 */
public record ThemeCell(String theme, int projects, long budgetThousandYen, double share, int newProjects,
                        int endingProjects, Long yenPerResident, Long yenPerBusiness) {
}

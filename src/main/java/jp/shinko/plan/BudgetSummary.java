package jp.shinko.plan;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Budget and settlement totals of the projects under a node for one fiscal year. A project placed
 * several times under the node (再掲) is counted once. Which projects a year has is
 * {@link ProjectYears}'s rule.
 *
 * @param projects          distinct projects under the node in the year
 * @param budgetThousandYen sum of stated budgets
 * @param settledThousandYen sum of stated settled amounts
 * @param budgetStated       projects with a stated budget (a number, possibly zero)
 * @param settledStated      projects with a stated settled amount; zero means "no settlement
 *                           figures", which pages show as ―, not as 0
 * @param budgetUndisclosed  projects whose budget is 非公開
 * @param settledUndisclosed projects whose settled amount is 非公開
 */
public record BudgetSummary(int projects, long budgetThousandYen, long settledThousandYen,
                            int budgetStated, int settledStated,
                            int budgetUndisclosed, int settledUndisclosed) {

    /** Totals under {@code node} (its own placements and all below it); null means the whole plan. */
    public static BudgetSummary of(PlanContent content, NodePath node, FiscalYear year) {
        Map<String, YearRecord> records = ProjectYears.records(content, year);
        List<YearRecord> selected = ProjectYears.under(content, node).stream().map(records::get)
                .filter(java.util.Objects::nonNull).toList();
        return new BudgetSummary(selected.size(),
                sum(selected, YearRecord::budget), sum(selected, YearRecord::settled),
                count(selected, YearRecord::budget, Amount.Kind.VALUE),
                count(selected, YearRecord::settled, Amount.Kind.VALUE),
                count(selected, YearRecord::budget, Amount.Kind.UNDISCLOSED),
                count(selected, YearRecord::settled, Amount.Kind.UNDISCLOSED));
    }

    private static long sum(List<YearRecord> records, Function<YearRecord, Amount> amount) {
        return records.stream().map(amount).filter(Amount::isPresent).mapToLong(Amount::thousandYen).sum();
    }

    private static int count(List<YearRecord> records, Function<YearRecord, Amount> amount, Amount.Kind kind) {
        return (int) records.stream().map(amount).filter(a -> a.kind() == kind).count();
    }
}

package jp.shinko.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shinko.plan.Amount;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.MoneyTotals;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Placement;
import jp.shinko.plan.Plan;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Project;
import jp.shinko.plan.ProjectYears;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures for a plan's summaries page: money per top-level node and per organization, evaluation
 * counts per top-level node and the changes from the previous fiscal year. Re-listed projects
 * (再掲) are counted once, as in {@link BudgetSummary}.
 */
@Repository
@Transactional(readOnly = true)
public class SummaryQueries {

    /** The outlook text with which a list says a project ends. */
    static final String ENDED = "事業終了";
    /** How many projects the largest budget rises and falls list. */
    static final int LARGEST = 5;

    private final PlanRepository plans;
    private final YearNameRows names;

    public SummaryQueries(PlanRepository plans, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.plans = plans;
        this.names = new YearNameRows(jdbc);
    }

    /** The plan's summaries for {@code year}; empty when the plan does not exist. */
    public Optional<PlanSummaries> summaries(String planKey, FiscalYear year) {
        return plans.load(planKey).map(content -> summaries(content, year, names.of(planKey)));
    }

    static PlanSummaries summaries(PlanContent content, FiscalYear requested, jp.shinko.plan.YearNames names) {
        var years = content.years();
        var year = requested != null && years.contains(requested) ? requested
                : years.isEmpty() ? requested : years.get(years.size() - 1);
        var tops = content.nodes().stream().filter(n -> n.level() == 1)
                .sorted(Comparator.comparing(PolicyNode::path)).toList();
        var nodes = tops.stream()
                .map(n -> new NodeFigures(n, BudgetSummary.of(content, n.path(), year),
                        evaluations(content, n.path(), year)))
                .toList();
        var previous = year == null ? null : year.previous();
        var changes = years.contains(previous) ? changes(content, year, names) : null;
        var records = records(content, year);
        var money = new MoneyDetail(tops.stream().map(n -> new NodeMoney(n, MoneyTotals.of(
                        projectKeys(content, n.path()).stream().map(records::get).filter(Objects::nonNull).toList())))
                .toList(), MoneyTotals.of(records.values()));
        return new PlanSummaries(content.municipality(), content.plan(), year, years,
                BudgetSummary.of(content, null, year), nodes, organizations(content, year),
                evaluations(content, null, year), changes, money);
    }

    /** Evaluation marks in the plan's scale order, with projects without an evaluation last (key ""). */
    private static Map<String, Integer> evaluations(PlanContent content, NodePath node, FiscalYear year) {
        var counts = new LinkedHashMap<String, Integer>();
        content.plan().evaluationScale().marks().forEach(m -> counts.put(m, 0));
        var records = records(content, year);
        for (var key : projectKeys(content, node)) {
            var record = records.get(key);
            if (record == null) {
                continue;
            }
            var mark = record.evaluation() == null ? "" : record.evaluation().mark();
            counts.merge(mark, 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Money per organization: the implementer (実施主体) where the list names one, else each
     * department in charge (担当課). A project is counted once per organization.
     */
    private static List<OrganizationFigures> organizations(PlanContent content, FiscalYear year) {
        var records = records(content, year);
        var byOrganization = new LinkedHashMap<String, List<YearRecord>>();
        content.organizations().forEach(o -> byOrganization.put(o.name(), new ArrayList<>()));
        for (var project : content.projects()) {
            var record = records.get(project.key());
            if (record == null) {
                continue;
            }
            var names = project.implementer() != null ? List.of(project.implementer()) : project.departments();
            new LinkedHashSet<>(names).forEach(n -> byOrganization.get(n).add(record));
        }
        return byOrganization.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new OrganizationFigures(e.getKey(), e.getValue().size(),
                        sum(e.getValue(), YearRecord::budget), stated(e.getValue(), YearRecord::budget),
                        sum(e.getValue(), YearRecord::settled), stated(e.getValue(), YearRecord::settled)))
                .sorted(Comparator.comparingLong(OrganizationFigures::budgetThousandYen)
                        .thenComparingLong(OrganizationFigures::settledThousandYen).reversed())
                .toList();
    }

    /** The year's changes as {@link jp.shinko.plan.YearOverYear} tells them, the largest moves only. */
    private static YearChanges changes(PlanContent content, FiscalYear year, jp.shinko.plan.YearNames names) {
        var c = jp.shinko.plan.YearOverYear.of(content, year, names);
        var ended = new ArrayList<>(c.ended());
        c.merged().forEach(m -> ended.add(m.project()));
        Function<jp.shinko.plan.YearOverYear.MoneyChange, BudgetChange> change = m ->
                new BudgetChange(m.project(), m.beforeThousandYen(), m.nowThousandYen());
        return new YearChanges(c.previous(), c.added(), ended,
                c.renamed().stream().map(jp.shinko.plan.YearOverYear.Rename::project).toList(), c.compared(),
                c.rises().stream().limit(LARGEST).map(change).toList(),
                c.falls().stream().limit(LARGEST).map(change).toList());
    }

    private static Map<String, Integer> primaryOrder(PlanContent content) {
        return content.placements().stream().filter(Placement::primary)
                .collect(Collectors.toMap(Placement::projectKey, Placement::order, (a, b) -> a));
    }

    private static LinkedHashSet<String> projectKeys(PlanContent content, NodePath node) {
        return content.placements().stream()
                .filter(p -> node == null || p.node().isWithin(node))
                .map(Placement::projectKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<String, YearRecord> records(PlanContent content, FiscalYear year) {
        return ProjectYears.records(content, year);
    }

    private static Map<String, YearRecord> allRecords(PlanContent content, FiscalYear year) {
        return content.yearRecords().stream().filter(r -> r.year().equals(year))
                .collect(Collectors.toMap(YearRecord::projectKey, Function.identity()));
    }

    private static long sum(List<YearRecord> records, Function<YearRecord, Amount> amount) {
        return records.stream().map(amount).filter(Amount::isPresent).mapToLong(Amount::thousandYen).sum();
    }

    private static int stated(List<YearRecord> records, Function<YearRecord, Amount> amount) {
        return (int) records.stream().map(amount).filter(a -> a.kind() == Amount.Kind.VALUE).count();
    }

    /** Everything the summaries page shows for one plan and fiscal year. */
    public record PlanSummaries(Municipality municipality, Plan plan, FiscalYear year, List<FiscalYear> years,
                                BudgetSummary total, List<NodeFigures> nodes,
                                List<OrganizationFigures> organizations, Map<String, Integer> evaluations,
                                YearChanges changes, MoneyDetail money) {

        /** Whether any project has an evaluation for the year. */
        public boolean hasEvaluations() {
            return evaluations.entrySet().stream().anyMatch(e -> !e.getKey().isEmpty() && e.getValue() > 0);
        }
    }

    /**
     * 執行率 and 財源内訳 per top-level node and for the plan, from the typed money figures; shown only
     * where the year has some (the samples' 予算額 / 決算額 alone do not show it).
     */
    public record MoneyDetail(List<NodeMoney> nodes, MoneyTotals total) {
        public boolean shown() {
            return total.hasTypedFigures();
        }
    }

    /** A top-level node's money totals; a project listed under it twice (再掲) counts once. */
    public record NodeMoney(PolicyNode node, MoneyTotals totals) {
    }

    /** A top-level node's money and evaluation counts (mark → projects; "" for no evaluation). */
    public record NodeFigures(PolicyNode node, BudgetSummary money, Map<String, Integer> evaluations) {
    }

    /** An organization's projects and money in one year. */
    public record OrganizationFigures(String name, int projects, long budgetThousandYen, int budgetStated,
                                      long settledThousandYen, int settledStated) {
    }

    /** What changed from {@code previous} to the page's year. */
    public record YearChanges(FiscalYear previous, List<Project> added, List<Project> ended,
                              List<Project> renamed, int compared, List<BudgetChange> rises,
                              List<BudgetChange> falls) {
    }

    /** A project's budget for the page's year against its settlement in the previous year. */
    public record BudgetChange(Project project, long previousSettledThousandYen, long budgetThousandYen) {
        public long changeThousandYen() {
            return budgetThousandYen - previousSettledThousandYen;
        }
    }
}

package jp.shinko.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.shinko.plan.Amount;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.PolicyNode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Totals of every node of a plan. Three plan-scoped reads (nodes, placements, year records), then
 * each placement adds its project to its node and every ancestor as a set, which is what makes a
 * re-listed project count once; cheaper than pairing nodes in SQL, whose cost grew with the tree.
 * A year's count is the node's projects in that year ({@link InYear}).
 */
final class NodeTotals {

    private record Money(Amount budget, Amount settled) {
    }

    private final JdbcClient jdbc;

    NodeTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NodeSummary> read(long planId) {
        var nodes = jdbc.sql("SELECT path, title FROM policy_nodes WHERE plan_id = ? ORDER BY ord")
                .param(planId)
                .query((rs, n) -> new PolicyNode(NodePath.parse(rs.getString("path")), rs.getString("title")))
                .list();
        var under = new HashMap<NodePath, Set<Long>>();
        jdbc.sql("""
                        SELECT n.path, pl.project_id FROM placements pl JOIN policy_nodes n ON n.id = pl.node_id
                        JOIN projects p ON p.id = pl.project_id
                        WHERE pl.plan_id = ? AND p.published""")
                .param(planId)
                .query(rs -> {
                    long project = rs.getLong("project_id");
                    for (NodePath path = NodePath.parse(rs.getString("path")); path != null;
                         path = path.parent().orElse(null)) {
                        under.computeIfAbsent(path, k -> new LinkedHashSet<>()).add(project);
                    }
                });
        var records = new HashMap<Long, Map<FiscalYear, Money>>();
        jdbc.sql("""
                        SELECT y.project_id, y.fiscal_year, y.budget_kind, y.budget_thousand_yen,
                               y.settled_kind, y.settled_thousand_yen
                        FROM year_records y JOIN projects pr ON pr.id = y.project_id
                        WHERE pr.plan_id = ? AND\s""" + InYear.of("pr", "y"))
                .param(planId)
                .query(rs -> {
                    records.computeIfAbsent(rs.getLong("project_id"), k -> new HashMap<>())
                            .put(FiscalYear.of(rs.getInt("fiscal_year")), new Money(
                                    amount(rs.getString("budget_kind"), rs.getLong("budget_thousand_yen")),
                                    amount(rs.getString("settled_kind"), rs.getLong("settled_thousand_yen"))));
                });
        var summaries = new ArrayList<NodeSummary>();
        for (var node : nodes) {
            var projects = under.getOrDefault(node.path(), Set.of());
            summaries.add(new NodeSummary(node, projects.size(), totals(projects, records)));
        }
        return summaries;
    }

    private static Map<FiscalYear, BudgetSummary> totals(Set<Long> projects, Map<Long, Map<FiscalYear, Money>> records) {
        var byYear = new TreeMap<FiscalYear, List<Money>>();
        for (var project : projects) {
            records.getOrDefault(project, Map.of())
                    .forEach((year, money) -> byYear.computeIfAbsent(year, k -> new ArrayList<>()).add(money));
        }
        var totals = new TreeMap<FiscalYear, BudgetSummary>();
        byYear.forEach((year, list) -> totals.put(year, new BudgetSummary(list.size(),
                sum(list, true), sum(list, false),
                count(list, true, Amount.Kind.VALUE), count(list, false, Amount.Kind.VALUE),
                count(list, true, Amount.Kind.UNDISCLOSED), count(list, false, Amount.Kind.UNDISCLOSED))));
        return totals;
    }

    private static long sum(List<Money> list, boolean budget) {
        return list.stream().map(m -> budget ? m.budget() : m.settled())
                .filter(Amount::isPresent).mapToLong(Amount::thousandYen).sum();
    }

    private static int count(List<Money> list, boolean budget, Amount.Kind kind) {
        return (int) list.stream().map(m -> budget ? m.budget() : m.settled()).filter(a -> a.kind() == kind).count();
    }

    private static Amount amount(String kind, long thousandYen) {
        return switch (Amount.Kind.valueOf(kind)) {
            case VALUE -> Amount.ofThousandYen(thousandYen);
            case NONE -> Amount.none();
            case UNDISCLOSED -> Amount.undisclosed();
            case NOT_STATED -> Amount.notStated();
        };
    }
}

package jp.shinko.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.PolicyNode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Totals of every node of a plan in two statements. The derived table pairs each node with each
 * project placed at it or below it, once (DISTINCT), which is what makes a re-listed project
 * count once; a path lies below another when it starts with that path and a '/'.
 */
final class NodeTotals {

    private static final String UNDER = """
            (SELECT DISTINCT n.id AS node_id, pl.project_id
             FROM policy_nodes n
             JOIN policy_nodes d ON d.plan_id = n.plan_id
                  AND (d.path = n.path OR LEFT(d.path, CHAR_LENGTH(n.path) + 1) = n.path || '/')
             JOIN placements pl ON pl.node_id = d.id
             WHERE n.plan_id = ?) u""";

    private final JdbcClient jdbc;

    NodeTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NodeSummary> read(long planId) {
        var projects = new HashMap<Long, Integer>();
        jdbc.sql("SELECT u.node_id, COUNT(*) FROM " + UNDER + " GROUP BY u.node_id")
                .param(planId)
                .query(rs -> {
                    projects.put(rs.getLong(1), rs.getInt(2));
                });
        var years = new HashMap<Long, Map<FiscalYear, BudgetSummary>>();
        jdbc.sql("""
                        SELECT u.node_id, y.fiscal_year,
                               COALESCE(SUM(y.budget_thousand_yen), 0) AS budget,
                               COALESCE(SUM(y.settled_thousand_yen), 0) AS settled,
                               SUM(CASE WHEN y.budget_kind = 'VALUE' THEN 1 ELSE 0 END) AS budget_stated,
                               SUM(CASE WHEN y.settled_kind = 'VALUE' THEN 1 ELSE 0 END) AS settled_stated,
                               SUM(CASE WHEN y.budget_kind = 'UNDISCLOSED' THEN 1 ELSE 0 END) AS budget_undisclosed,
                               SUM(CASE WHEN y.settled_kind = 'UNDISCLOSED' THEN 1 ELSE 0 END) AS settled_undisclosed
                        FROM\s""" + UNDER + """

                        JOIN year_records y ON y.project_id = u.project_id
                        GROUP BY u.node_id, y.fiscal_year""")
                .param(planId)
                .query(rs -> {
                    long node = rs.getLong("node_id");
                    years.computeIfAbsent(node, k -> new HashMap<>()).put(FiscalYear.of(rs.getInt("fiscal_year")),
                            new BudgetSummary(projects.getOrDefault(node, 0), rs.getLong("budget"),
                                    rs.getLong("settled"), rs.getInt("budget_stated"), rs.getInt("settled_stated"),
                                    rs.getInt("budget_undisclosed"), rs.getInt("settled_undisclosed")));
                });
        return jdbc.sql("SELECT id, path, title FROM policy_nodes WHERE plan_id = ? ORDER BY ord")
                .param(planId)
                .query((rs, n) -> new NodeSummary(
                        new PolicyNode(NodePath.parse(rs.getString("path")), rs.getString("title")),
                        projects.getOrDefault(rs.getLong("id"), 0), years.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }
}

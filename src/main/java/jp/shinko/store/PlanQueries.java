package jp.shinko.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read queries for a plan's page: the plan, its years and its tree with totals, all in SQL; only
 * published rows (see V22__publication.sql), as every read query of this package.
 */
@Repository
@Transactional(readOnly = true)
public class PlanQueries {

    private final JdbcClient jdbc;
    private final PlanRows plans;
    private final SourceRows sources;
    private final NodeTotals nodes;

    public PlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.plans = new PlanRows(jdbc);
        this.sources = new SourceRows(jdbc);
        this.nodes = new NodeTotals(jdbc);
    }

    public boolean exists(String planKey) {
        return jdbc.sql("SELECT COUNT(*) FROM plans WHERE plan_key = ?").param(planKey).query(Integer.class).single() > 0;
    }

    public Optional<PlanOverview> overview(String planKey) {
        return jdbc.sql("""
                        SELECT p.id, p.plan_key, p.title, p.start_year, p.end_year, p.source_id,
                               m.code, m.name AS municipality_name,
                               (SELECT COUNT(*) FROM projects pr WHERE pr.plan_id = p.id AND pr.published) AS projects
                        FROM plans p JOIN municipalities m ON m.code = p.municipality_code
                        WHERE p.plan_key = ?""")
                .param(planKey)
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("plan_key"), rs.getString("title"),
                        rs.getObject("start_year", Integer.class), rs.getObject("end_year", Integer.class),
                        rs.getLong("source_id"), new Municipality(rs.getString("code"), rs.getString("municipality_name")),
                        rs.getInt("projects")))
                .optional()
                .map(this::overview);
    }

    private PlanOverview overview(Head head) {
        var plan = plans.plan(head.id(), head.key(), head.municipality().code(), head.title(),
                head.start() == null ? null : FiscalYear.of(head.start()),
                head.end() == null ? null : FiscalYear.of(head.end()));
        var evaluations = counts(head.id(), "y.evaluation_mark", plan.evaluationScale().marks());
        var outlooks = counts(head.id(), "y.outlook", List.of());
        var years = new ArrayList<PlanYear>();
        totals(head).forEach((year, totals) -> years.add(new PlanYear(year, totals,
                evaluations.getOrDefault(year, Map.of()), outlooks.getOrDefault(year, Map.of()))));
        return new PlanOverview(head.municipality(), plan, sources.byId(head.sourceId()).orElseThrow(),
                head.projects(), years, nodes.read(head.id()));
    }

    /** Per year: the year's projects ({@link InYear}), each once (each has one record per year at most). */
    private Map<FiscalYear, BudgetSummary> totals(Head head) {
        var totals = new TreeMap<FiscalYear, BudgetSummary>();
        jdbc.sql("""
                        SELECT y.fiscal_year, COUNT(DISTINCT y.project_id) AS projects,
                               COALESCE(SUM(y.budget_thousand_yen), 0) AS budget,
                               COALESCE(SUM(y.settled_thousand_yen), 0) AS settled,
                               SUM(CASE WHEN y.budget_kind = 'VALUE' THEN 1 ELSE 0 END) AS budget_stated,
                               SUM(CASE WHEN y.settled_kind = 'VALUE' THEN 1 ELSE 0 END) AS settled_stated,
                               SUM(CASE WHEN y.budget_kind = 'UNDISCLOSED' THEN 1 ELSE 0 END) AS budget_undisclosed,
                               SUM(CASE WHEN y.settled_kind = 'UNDISCLOSED' THEN 1 ELSE 0 END) AS settled_undisclosed
                        FROM year_records y JOIN projects pr ON pr.id = y.project_id
                        WHERE pr.plan_id = ? AND\s""" + InYear.of("pr", "y") + """
                        GROUP BY y.fiscal_year""")
                .param(head.id())
                .query(rs -> {
                    totals.put(FiscalYear.of(rs.getInt("fiscal_year")), new BudgetSummary(rs.getInt("projects"),
                            rs.getLong("budget"), rs.getLong("settled"),
                            rs.getInt("budget_stated"), rs.getInt("settled_stated"),
                            rs.getInt("budget_undisclosed"), rs.getInt("settled_undisclosed")));
                });
        return totals;
    }

    /** Records per value of a year-record column, per year; in {@code order} first, then most frequent. */
    private Map<FiscalYear, Map<String, Integer>> counts(long planId, String column, List<String> order) {
        var byYear = new HashMap<FiscalYear, Map<String, Integer>>();
        jdbc.sql("SELECT y.fiscal_year, " + column + " AS v, COUNT(*) AS c"
                        + " FROM year_records y JOIN projects pr ON pr.id = y.project_id"
                        + " WHERE pr.plan_id = ? AND " + InYear.of("pr", "y") + " AND " + column + " IS NOT NULL"
                        + " GROUP BY y.fiscal_year, " + column + " ORDER BY y.fiscal_year, COUNT(*) DESC, " + column)
                .param(planId)
                .query(rs -> {
                    byYear.computeIfAbsent(FiscalYear.of(rs.getInt(1)), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getInt(3));
                });
        byYear.replaceAll((year, counts) -> ordered(counts, order));
        return byYear;
    }

    private static Map<String, Integer> ordered(Map<String, Integer> counts, List<String> order) {
        var result = new LinkedHashMap<String, Integer>();
        order.stream().filter(counts::containsKey).forEach(k -> result.put(k, counts.get(k)));
        counts.forEach(result::putIfAbsent);
        return result;
    }

    private record Head(long id, String key, String title, Integer start, Integer end, long sourceId,
                        Municipality municipality, int projects) {
    }
}

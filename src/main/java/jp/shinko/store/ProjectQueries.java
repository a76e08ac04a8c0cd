package jp.shinko.store;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read queries for project lists and project pages: filtering, sorting and paging happen in SQL,
 * so a request reads only the rows it shows.
 */
@Repository
@Transactional(readOnly = true)
public class ProjectQueries {

    private final JdbcClient jdbc;
    private final ProjectRowReader rows;
    private final ProjectDetailReader details;

    public ProjectQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new ProjectRowReader(jdbc);
        this.details = new ProjectDetailReader(jdbc);
    }

    /**
     * One page (1-based) of the plan's projects that pass the filter, in the given order; a page
     * past the last one gives the last page.
     */
    public ProjectSlice page(String planKey, ProjectFilter filter, ProjectOrder order, int page, int pageSize) {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and page size start at 1: " + page + ", " + pageSize);
        }
        var conditions = new ProjectConditions(planKey, filter);
        int total = count(conditions);
        int shown = Math.min(page, Math.max(1, (total + pageSize - 1) / pageSize));
        var list = rows.read(conditions, order, pageSize, (shown - 1) * pageSize);
        return new ProjectSlice(list, total, shown, pageSize);
    }

    /** All of the plan's projects that pass the filter, in the given order (for downloads). */
    public java.util.List<ProjectRow> all(String planKey, ProjectFilter filter, ProjectOrder order) {
        return rows.read(new ProjectConditions(planKey, filter), order, null, 0);
    }

    /**
     * Totals per fiscal year of the projects that pass the filter, each project counted once;
     * {@link BudgetSummary#projects()} is the number of the year's projects that pass it.
     */
    public Map<FiscalYear, BudgetSummary> totals(String planKey, ProjectFilter filter) {
        var conditions = new ProjectConditions(planKey, filter);
        var totals = new TreeMap<FiscalYear, BudgetSummary>();
        jdbc.sql("""
                        SELECT y.fiscal_year, COUNT(DISTINCT y.project_id) AS projects,
                               COALESCE(SUM(y.budget_thousand_yen), 0) AS budget,
                               COALESCE(SUM(y.settled_thousand_yen), 0) AS settled,
                               SUM(CASE WHEN y.budget_kind = 'VALUE' THEN 1 ELSE 0 END) AS budget_stated,
                               SUM(CASE WHEN y.settled_kind = 'VALUE' THEN 1 ELSE 0 END) AS settled_stated,
                               SUM(CASE WHEN y.budget_kind = 'UNDISCLOSED' THEN 1 ELSE 0 END) AS budget_undisclosed,
                               SUM(CASE WHEN y.settled_kind = 'UNDISCLOSED' THEN 1 ELSE 0 END) AS settled_undisclosed
                        FROM year_records y JOIN projects yp ON yp.id = y.project_id
                        WHERE\s""" + InYear.of("yp", "y") + """
                          AND y.project_id IN (SELECT pr.id\s""" + ProjectConditions.FROM + conditions.where() + """
                        )
                        GROUP BY y.fiscal_year""")
                .params(conditions.params())
                .query(rs -> {
                    totals.put(FiscalYear.of(rs.getInt("fiscal_year")), new BudgetSummary(rs.getInt("projects"),
                            rs.getLong("budget"), rs.getLong("settled"),
                            rs.getInt("budget_stated"), rs.getInt("settled_stated"),
                            rs.getInt("budget_undisclosed"), rs.getInt("settled_undisclosed")));
                });
        return totals;
    }

    /** A project with everything stored about it, or empty if the plan has no such project. */
    public Optional<ProjectDetail> project(String planKey, String projectKey) {
        return details.read(planKey, projectKey);
    }

    private int count(ProjectConditions conditions) {
        return jdbc.sql("SELECT COUNT(*) " + ProjectConditions.FROM + conditions.where())
                .params(conditions.params())
                .query(Integer.class)
                .single();
    }
}

package jp.shinko.store;

import java.util.Optional;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.OrganizationKind;
import jp.shinko.sql.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Changes to single projects and organizations of a plan, as the annual round and the
 * administrator make them: a project registered during the round (with its primary placement, so
 * the plan's content stays valid), a rename keeping the former name, the last fiscal year of a
 * project that ends or is merged, and a new organization.
 */
@Repository
public class ProjectEdits {

    private final JdbcClient jdbc;

    ProjectEdits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A project key not used in the plan yet: {@code new-2021-1}, {@code new-2021-2} ... */
    public String freeKey(long planId, FiscalYear year) {
        for (int n = 1; ; n++) {
            var key = "new-" + year.year() + "-" + n;
            boolean used = jdbc.sql("SELECT COUNT(*) FROM projects WHERE plan_id = ? AND project_key = ?")
                    .params(planId, key).query(Integer.class).single() > 0;
            if (!used) {
                return key;
            }
        }
    }

    public Optional<Long> organizationId(long planId, String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE plan_id = ? AND name = ?")
                .params(planId, name).query(Long.class).optional();
    }

    public Optional<Long> nodeId(long planId, String path) {
        return jdbc.sql("SELECT id FROM policy_nodes WHERE plan_id = ? AND path = ?")
                .params(planId, path).query(Long.class).optional();
    }

    /** Inserts an unpublished project and its primary placement under {@code nodeId}; returns the project id. */
    public long insert(long planId, String key, String name, String summary, long organizationId, boolean cityOwn,
                       long nodeId, FiscalYear start, String periodPrinted) {
        int ord = jdbc.sql("SELECT COALESCE(MAX(ord), -1) + 1 FROM projects WHERE plan_id = ?")
                .param(planId).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO projects (plan_id, project_key, name, summary, period_start, period_end,
                               period_printed, implementer_id, city_own, strategic_marks, ord, published)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, FALSE)""")
                .params(planId, key, name, summary == null ? "" : summary,
                        start.year(), SqlValues.integer(null), periodPrinted, organizationId, cityOwn, ord)
                .update(keys, "id");
        long projectId = keys.getKey().longValue();
        if (cityOwn) {
            // A city department is both implementer and department in charge, as the lists print it.
            jdbc.sql("INSERT INTO project_departments (project_id, ord, organization_id) VALUES (?, 0, ?)")
                    .params(projectId, organizationId).update();
        }
        int placementOrd = jdbc.sql("SELECT COALESCE(MAX(ord), -1) + 1 FROM placements WHERE plan_id = ?")
                .param(planId).query(Integer.class).single();
        int printOrder = jdbc.sql("SELECT COALESCE(MAX(print_order), 0) + 1 FROM placements WHERE plan_id = ?")
                .param(planId).query(Integer.class).single();
        jdbc.sql("""
                        INSERT INTO placements (plan_id, ord, project_id, node_id, is_primary, primary_project_id,
                               printed_number, print_order)
                        VALUES (?, ?, ?, ?, TRUE, ?, '', ?)""")
                .params(planId, placementOrd, projectId, nodeId, projectId, printOrder)
                .update();
        return projectId;
    }

    /**
     * Renames the project; the old name joins its former names, oldest first, and stays the name
     * its earlier years were listed under (V37), so that the rename shows in the year it was made.
     */
    public void rename(long projectId, String oldName, String newName) {
        jdbc.sql("""
                        UPDATE year_records SET listed_name = ?
                        WHERE project_id = ? AND listed_name IS NULL
                          AND fiscal_year < (SELECT MAX(y.fiscal_year) FROM year_records y WHERE y.project_id = ?)""")
                .params(oldName, projectId, projectId).update();
        int ord = jdbc.sql("SELECT COALESCE(MAX(ord), -1) + 1 FROM project_former_names WHERE project_id = ?")
                .param(projectId).query(Integer.class).single();
        jdbc.sql("INSERT INTO project_former_names (project_id, ord, name) VALUES (?, ?, ?)")
                .params(projectId, ord, oldName).update();
        jdbc.sql("UPDATE projects SET name = ? WHERE id = ?").params(newName, projectId).update();
    }

    /** The project's first fiscal year, if known. */
    public Optional<Integer> periodStart(long projectId) {
        return Optional.ofNullable(nullableYear("period_start", projectId));
    }

    /** A year column that may be NULL (JdbcClient's single() refuses a null value). */
    private Integer nullableYear(String column, long projectId) {
        return jdbc.sql("SELECT " + column + " FROM projects WHERE id = ?").param(projectId)
                .query((rs, n) -> rs.getObject(1, Integer.class)).list().get(0);
    }

    /** The project's last fiscal year (null: open-ended or unknown). */
    public Integer periodEnd(long projectId) {
        return nullableYear("period_end", projectId);
    }

    /** Sets the project's last fiscal year. */
    public void end(long projectId, int lastYear) {
        jdbc.sql("UPDATE projects SET period_end = ? WHERE id = ?").params(lastYear, projectId).update();
    }

    /** Adds an organization at the end of the plan's list. */
    public void addOrganization(long planId, String name, OrganizationKind kind) {
        int ord = jdbc.sql("SELECT COALESCE(MAX(ord), -1) + 1 FROM organizations WHERE plan_id = ?")
                .param(planId).query(Integer.class).single();
        jdbc.sql("INSERT INTO organizations (plan_id, name, kind, ord) VALUES (?, ?, ?, ?)")
                .params(planId, name, kind.name(), ord).update();
    }
}

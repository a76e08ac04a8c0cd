package jp.shinko.cycle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.shinko.plan.EvaluationScale;
import jp.shinko.plan.OrganizationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The few facts about a stored plan the round needs on every request (its id, evaluation scale,
 * organizations, nodes, project names), read directly rather than loading the whole content.
 */
@Repository
public class PlanFacts {

    /** A stored plan: key and title. */
    public record PlanRow(String key, String title) {
    }

    /** An organization of a plan. */
    public record OrganizationRow(String name, OrganizationKind kind) {
    }

    /** A policy node of a plan: its path text (1/1/4/3) and title, which may be null. */
    public record NodeRow(String path, String title) {
    }

    /** A project of a plan: key and current name. */
    public record ProjectRow(long id, String key, String name) {
    }

    private final JdbcClient jdbc;

    PlanFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> planId(String planKey) {
        return jdbc.sql("SELECT id FROM plans WHERE plan_key = ?").param(planKey).query(Long.class).optional();
    }

    /** Stored plans by key. */
    public List<PlanRow> plans() {
        return jdbc.sql("SELECT plan_key, title FROM plans ORDER BY plan_key")
                .query((rs, n) -> new PlanRow(rs.getString(1), rs.getString(2))).list();
    }

    public Optional<String> title(String planKey) {
        return jdbc.sql("SELECT title FROM plans WHERE plan_key = ?").param(planKey).query(String.class).optional();
    }

    public EvaluationScale scale(String planKey) {
        var graded = new ArrayList<EvaluationScale.Grade>();
        var notRun = new ArrayList<EvaluationScale.Grade>();
        jdbc.sql("""
                        SELECT g.mark, g.min_percent, g.label, g.not_run FROM plan_evaluation_grades g
                        JOIN plans p ON p.id = g.plan_id WHERE p.plan_key = ? ORDER BY g.ord""")
                .param(planKey)
                .query(rs -> {
                    var percent = rs.getString("min_percent");
                    var grade = new EvaluationScale.Grade(rs.getString("mark"),
                            percent == null ? null : new BigDecimal(percent), rs.getString("label"));
                    (rs.getBoolean("not_run") ? notRun : graded).add(grade);
                });
        return graded.isEmpty() ? EvaluationScale.DEFAULT
                : new EvaluationScale(graded, notRun.isEmpty() ? EvaluationScale.DEFAULT.notRun() : notRun.get(0));
    }

    public List<OrganizationRow> organizations(String planKey) {
        return jdbc.sql("""
                        SELECT o.name, o.kind FROM organizations o JOIN plans p ON p.id = o.plan_id
                        WHERE p.plan_key = ? ORDER BY o.ord""")
                .param(planKey)
                .query((rs, n) -> new OrganizationRow(rs.getString(1), OrganizationKind.valueOf(rs.getString(2))))
                .list();
    }

    public Optional<OrganizationRow> organization(String planKey, String name) {
        return organizations(planKey).stream().filter(o -> o.name().equals(name)).findFirst();
    }

    public List<NodeRow> nodes(String planKey) {
        return jdbc.sql("""
                        SELECT n.path, n.title FROM policy_nodes n JOIN plans p ON p.id = n.plan_id
                        WHERE p.plan_key = ? ORDER BY n.ord""")
                .param(planKey)
                .query((rs, n) -> new NodeRow(rs.getString(1), rs.getString(2)))
                .list();
    }

    public List<ProjectRow> projects(String planKey) {
        return jdbc.sql("""
                        SELECT pr.id, pr.project_key, pr.name FROM projects pr JOIN plans p ON p.id = pr.plan_id
                        WHERE p.plan_key = ? ORDER BY pr.ord""")
                .param(planKey)
                .query((rs, n) -> new ProjectRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public Optional<ProjectRow> project(String planKey, String projectKey) {
        return jdbc.sql("""
                        SELECT pr.id, pr.project_key, pr.name FROM projects pr JOIN plans p ON p.id = pr.plan_id
                        WHERE p.plan_key = ? AND pr.project_key = ?""")
                .params(planKey, projectKey)
                .query((rs, n) -> new ProjectRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** Each project's primary node (where it is listed first), by project key. */
    public java.util.Map<String, NodeRow> primaryNodes(String planKey) {
        var nodes = new java.util.HashMap<String, NodeRow>();
        jdbc.sql("""
                        SELECT pr.project_key, n.path, n.title FROM placements pl
                        JOIN projects pr ON pr.id = pl.project_id JOIN policy_nodes n ON n.id = pl.node_id
                        JOIN plans p ON p.id = pl.plan_id WHERE p.plan_key = ? AND pl.is_primary""")
                .param(planKey)
                .query(rs -> {
                    nodes.putIfAbsent(rs.getString(1), new NodeRow(rs.getString(2), rs.getString(3)));
                });
        return nodes;
    }
}

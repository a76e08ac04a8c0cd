package jp.shinko.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Organization;
import jp.shinko.plan.OrganizationKind;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Project;
import jp.shinko.plan.ProjectPeriod;
import jp.shinko.plan.YearRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rebuilds a plan's content from its rows, every list in the order it was saved in. */
final class PlanContentReader {

    private final JdbcClient jdbc;
    private final SourceRows sources;
    private final PlanRows plans;
    private final YearRecordRows yearRecords;

    PlanContentReader(JdbcClient jdbc, SourceRows sources) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.plans = new PlanRows(jdbc);
        this.yearRecords = new YearRecordRows(jdbc);
    }

    /**
     * The plan's content; with {@code publishedOnly}, without the annual round's drafts: projects
     * registered and year records entered in a round that is not published yet.
     */
    Optional<PlanContent> read(String planKey, boolean publishedOnly) {
        return jdbc.sql("""
                        SELECT p.id, p.plan_key, p.title, p.start_year, p.end_year, p.source_id,
                               m.code, m.name AS municipality_name
                        FROM plans p JOIN municipalities m ON m.code = p.municipality_code
                        WHERE p.plan_key = ?""")
                .param(planKey)
                .query((rs, n) -> content(rs, publishedOnly))
                .optional();
    }

    private PlanContent content(ResultSet rs, boolean publishedOnly) throws SQLException {
        long planId = rs.getLong("id");
        var municipality = new Municipality(rs.getString("code"), rs.getString("municipality_name"));
        var plan = plans.plan(planId, rs.getString("plan_key"), municipality.code(), rs.getString("title"),
                year(rs, "start_year"), year(rs, "end_year"));
        var source = sources.byId(rs.getLong("source_id")).orElseThrow();
        return new PlanContent(municipality, plan, source, nodes(planId), organizations(planId),
                projects(planId, publishedOnly), placements(planId, publishedOnly), yearRecords(planId, publishedOnly));
    }

    private List<PolicyNode> nodes(long planId) {
        return jdbc.sql("SELECT path, title FROM policy_nodes WHERE plan_id = ? ORDER BY ord")
                .param(planId)
                .query((rs, n) -> new PolicyNode(NodePath.parse(rs.getString("path")), rs.getString("title")))
                .list();
    }

    private List<Organization> organizations(long planId) {
        return jdbc.sql("SELECT name, kind, parent_name FROM organizations WHERE plan_id = ? ORDER BY ord")
                .param(planId)
                .query((rs, n) -> new Organization(rs.getString("name"),
                        OrganizationKind.valueOf(rs.getString("kind")), rs.getString("parent_name")))
                .list();
    }

    private List<Project> projects(long planId, boolean publishedOnly) {
        var formerNames = projectLists("c.name", "project_former_names c", planId);
        var notes = projectLists("c.text", "project_notes c", planId);
        var departments = projectLists("o.name",
                "project_departments c JOIN organizations o ON o.id = c.organization_id", planId);
        var related = projectLists("c.text", "project_related c", planId);
        var strategic = projectLists("c.name", "project_strategic_projects c", planId);
        return jdbc.sql("""
                        SELECT pr.id, pr.project_key, pr.name, pr.summary, pr.period_start, pr.period_end,
                               pr.period_printed, o.name AS implementer, pr.city_own, pr.strategic_marks
                        FROM projects pr LEFT JOIN organizations o ON o.id = pr.implementer_id
                        WHERE pr.plan_id = ?""" + published(publishedOnly, "pr") + " ORDER BY pr.ord")
                .param(planId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new Project(rs.getString("project_key"), rs.getString("name"),
                            formerNames.getOrDefault(id, List.of()), notes.getOrDefault(id, List.of()),
                            new ProjectPeriod(year(rs, "period_start"), year(rs, "period_end"),
                                    rs.getString("period_printed")),
                            rs.getString("summary"), rs.getString("implementer"),
                            departments.getOrDefault(id, List.of()), related.getOrDefault(id, List.of()),
                            rs.getInt("strategic_marks"), strategic.getOrDefault(id, List.of()),
                            rs.getBoolean("city_own"));
                })
                .list();
    }

    /** One text list per project id, read from a child table aliased {@code c}, in saved order. */
    private Map<Long, List<String>> projectLists(String column, String from, long planId) {
        var lists = new HashMap<Long, List<String>>();
        jdbc.sql("SELECT c.project_id, " + column + " FROM " + from
                        + " JOIN projects p ON p.id = c.project_id WHERE p.plan_id = ? ORDER BY c.project_id, c.ord")
                .param(planId)
                .query(rs -> {
                    lists.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return lists;
    }

    private List<Placement> placements(long planId, boolean publishedOnly) {
        return jdbc.sql("""
                        SELECT pr.project_key, n.path, pl.is_primary, pl.printed_number, pl.print_order,
                               s.sha256, pl.first_line, pl.last_line
                        FROM placements pl
                        JOIN projects pr ON pr.id = pl.project_id
                        JOIN policy_nodes n ON n.id = pl.node_id
                        LEFT JOIN sources s ON s.id = pl.source_id
                        WHERE pl.plan_id = ?""" + published(publishedOnly, "pr") + " ORDER BY pl.ord")
                .param(planId)
                .query((rs, n) -> new Placement(rs.getString("project_key"),
                        NodePath.parse(rs.getString("path")), rs.getBoolean("is_primary"),
                        rs.getString("printed_number"), rs.getInt("print_order"), YearRecordRows.provenance(rs)))
                .list();
    }

    private List<YearRecord> yearRecords(long planId, boolean publishedOnly) {
        return yearRecords.read("pr.plan_id = ?" + published(publishedOnly, "y"), List.of(planId));
    }

    private static String published(boolean publishedOnly, String alias) {
        return publishedOnly ? " AND " + alias + ".published" : "";
    }

    private static FiscalYear year(ResultSet rs, String column) throws SQLException {
        Integer year = rs.getObject(column, Integer.class);
        return year == null ? null : FiscalYear.of(year);
    }
}

package jp.shinko.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.shinko.plan.Amount;
import jp.shinko.plan.EvaluationScale;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Organization;
import jp.shinko.plan.OrganizationKind;
import jp.shinko.plan.Placement;
import jp.shinko.plan.Plan;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Project;
import jp.shinko.plan.ProjectPeriod;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.RecordStatus;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rebuilds a plan's content from its rows, every list in the order it was saved in. */
final class PlanContentReader {

    private final JdbcClient jdbc;
    private final SourceRows sources;

    PlanContentReader(JdbcClient jdbc, SourceRows sources) {
        this.jdbc = jdbc;
        this.sources = sources;
    }

    Optional<PlanContent> read(String planKey) {
        return jdbc.sql("""
                        SELECT p.id, p.plan_key, p.title, p.start_year, p.end_year, p.source_id,
                               m.code, m.name AS municipality_name
                        FROM plans p JOIN municipalities m ON m.code = p.municipality_code
                        WHERE p.plan_key = ?""")
                .param(planKey)
                .query((rs, n) -> content(rs))
                .optional();
    }

    private PlanContent content(ResultSet rs) throws SQLException {
        long planId = rs.getLong("id");
        var municipality = new Municipality(rs.getString("code"), rs.getString("municipality_name"));
        var plan = new Plan(rs.getString("plan_key"), municipality.code(), rs.getString("title"),
                year(rs, "start_year"), year(rs, "end_year"),
                texts("SELECT name FROM plan_levels WHERE plan_id = ? ORDER BY level_no", planId),
                evaluationScale(planId),
                texts("SELECT name FROM plan_strategic_projects WHERE plan_id = ? ORDER BY ord", planId),
                priorities(planId), priorityIntroductions(planId));
        var source = sources.byId(rs.getLong("source_id")).orElseThrow();
        return new PlanContent(municipality, plan, source, nodes(planId), organizations(planId),
                projects(planId), placements(planId), yearRecords(planId));
    }

    private List<String> texts(String sql, long planId) {
        return jdbc.sql(sql).param(planId).query(String.class).list();
    }

    private EvaluationScale evaluationScale(long planId) {
        var graded = new ArrayList<EvaluationScale.Grade>();
        EvaluationScale.Grade[] notRun = {null};
        jdbc.sql("""
                        SELECT mark, min_percent, label, not_run FROM plan_evaluation_grades
                        WHERE plan_id = ? ORDER BY ord""")
                .param(planId)
                .query(rs -> {
                    var percent = rs.getString("min_percent");
                    var grade = new EvaluationScale.Grade(rs.getString("mark"),
                            percent == null ? null : new BigDecimal(percent), rs.getString("label"));
                    if (rs.getBoolean("not_run")) {
                        notRun[0] = grade;
                    } else {
                        graded.add(grade);
                    }
                });
        return new EvaluationScale(graded, notRun[0]);
    }

    private Map<FiscalYear, List<String>> priorities(long planId) {
        var byYear = new LinkedHashMap<FiscalYear, List<String>>();
        jdbc.sql("SELECT fiscal_year FROM plan_priority_years WHERE plan_id = ? ORDER BY fiscal_year")
                .param(planId)
                .query(rs -> {
                    byYear.put(FiscalYear.of(rs.getInt(1)), new ArrayList<>());
                });
        jdbc.sql("SELECT fiscal_year, text FROM plan_priorities WHERE plan_id = ? ORDER BY fiscal_year, ord")
                .param(planId)
                .query(rs -> {
                    byYear.get(FiscalYear.of(rs.getInt(1))).add(rs.getString(2));
                });
        return byYear;
    }

    private Map<FiscalYear, String> priorityIntroductions(long planId) {
        var byYear = new LinkedHashMap<FiscalYear, String>();
        jdbc.sql("""
                        SELECT fiscal_year, introduction FROM plan_priority_years
                        WHERE plan_id = ? AND introduction IS NOT NULL ORDER BY fiscal_year""")
                .param(planId)
                .query(rs -> {
                    byYear.put(FiscalYear.of(rs.getInt(1)), rs.getString(2));
                });
        return byYear;
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

    private List<Project> projects(long planId) {
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
                        WHERE pr.plan_id = ? ORDER BY pr.ord""")
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

    private List<Placement> placements(long planId) {
        return jdbc.sql("""
                        SELECT pr.project_key, n.path, pl.is_primary, pl.printed_number, pl.print_order,
                               s.sha256, pl.first_line, pl.last_line
                        FROM placements pl
                        JOIN projects pr ON pr.id = pl.project_id
                        JOIN policy_nodes n ON n.id = pl.node_id
                        LEFT JOIN sources s ON s.id = pl.source_id
                        WHERE pl.plan_id = ? ORDER BY pl.ord""")
                .param(planId)
                .query((rs, n) -> new Placement(rs.getString("project_key"),
                        NodePath.parse(rs.getString("path")), rs.getBoolean("is_primary"),
                        rs.getString("printed_number"), rs.getInt("print_order"), provenance(rs)))
                .list();
    }

    private List<YearRecord> yearRecords(long planId) {
        var flags = new HashMap<Long, Set<YearFlag>>();
        jdbc.sql("""
                        SELECT f.year_record_id, f.flag FROM year_record_flags f
                        JOIN year_records y ON y.id = f.year_record_id
                        JOIN projects pr ON pr.id = y.project_id
                        WHERE pr.plan_id = ?""")
                .param(planId)
                .query(rs -> {
                    flags.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(YearFlag.class))
                            .add(YearFlag.valueOf(rs.getString(2)));
                });
        return jdbc.sql("""
                        SELECT y.id, pr.project_key, y.fiscal_year, y.budget_kind, y.budget_thousand_yen,
                               y.settled_kind, y.settled_thousand_yen, y.content, y.content_same_as_left,
                               y.evaluation_mark, y.outlook, y.expansion_note, y.status,
                               s.sha256, y.first_line, y.last_line
                        FROM year_records y
                        JOIN projects pr ON pr.id = y.project_id
                        LEFT JOIN sources s ON s.id = y.source_id
                        WHERE pr.plan_id = ? ORDER BY y.ord""")
                .param(planId)
                .query((rs, n) -> {
                    var mark = rs.getString("evaluation_mark");
                    return new YearRecord(rs.getString("project_key"), FiscalYear.of(rs.getInt("fiscal_year")),
                            amount(rs, "budget"), amount(rs, "settled"), rs.getString("content"),
                            rs.getBoolean("content_same_as_left"), mark == null ? null : Evaluation.of(mark),
                            rs.getString("outlook"), rs.getString("expansion_note"),
                            flags.getOrDefault(rs.getLong("id"), Set.of()),
                            RecordStatus.valueOf(rs.getString("status")), provenance(rs));
                })
                .list();
    }

    private static Amount amount(ResultSet rs, String prefix) throws SQLException {
        var kind = Amount.Kind.valueOf(rs.getString(prefix + "_kind"));
        Long thousandYen = rs.getObject(prefix + "_thousand_yen", Long.class);
        return new Amount(kind, thousandYen == null ? 0 : thousandYen);
    }

    private static Provenance provenance(ResultSet rs) throws SQLException {
        var sha256 = rs.getString("sha256");
        return sha256 == null ? null
                : new Provenance(sha256, rs.getInt("first_line"), rs.getInt("last_line"));
    }

    private static FiscalYear year(ResultSet rs, String column) throws SQLException {
        Integer year = rs.getObject(column, Integer.class);
        return year == null ? null : FiscalYear.of(year);
    }
}

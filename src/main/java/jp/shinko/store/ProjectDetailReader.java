package jp.shinko.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Organization;
import jp.shinko.plan.OrganizationKind;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Project;
import jp.shinko.plan.ProjectPeriod;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.YearRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads one project and what hangs off it, without reading the rest of its plan's projects. */
final class ProjectDetailReader {

    private final JdbcClient jdbc;
    private final YearRecordRows yearRecords;
    private final SourceRows sources;

    ProjectDetailReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.yearRecords = new YearRecordRows(jdbc);
        this.sources = new SourceRows(jdbc);
    }

    Optional<ProjectDetail> read(String planKey, String projectKey) {
        return jdbc.sql("""
                        SELECT pr.id, pr.plan_id, pr.project_key, pr.name, pr.summary, pr.period_start,
                               pr.period_end, pr.period_printed, o.name AS implementer, pr.city_own, pr.strategic_marks
                        FROM projects pr
                        JOIN plans p ON p.id = pr.plan_id
                        LEFT JOIN organizations o ON o.id = pr.implementer_id
                        WHERE p.plan_key = ? AND pr.project_key = ? AND pr.published""")
                .params(planKey, projectKey)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("project_key"),
                        rs.getString("name"), rs.getString("summary"),
                        new ProjectPeriod(year(rs.getObject("period_start", Integer.class)),
                                year(rs.getObject("period_end", Integer.class)), rs.getString("period_printed")),
                        rs.getString("implementer"), rs.getBoolean("city_own"), rs.getInt("strategic_marks")))
                .optional()
                .map(this::head)
                .map(this::detail);
    }

    /** The project itself; its lists are read after its row, one statement each. */
    private Head head(Row row) {
        long id = row.id();
        var project = new Project(row.key(), row.name(),
                texts("SELECT name FROM project_former_names WHERE project_id = ? ORDER BY ord", id),
                texts("SELECT text FROM project_notes WHERE project_id = ? ORDER BY ord", id),
                row.period(), row.summary(), row.implementer(),
                texts("""
                        SELECT o.name FROM project_departments d JOIN organizations o ON o.id = d.organization_id
                        WHERE d.project_id = ? ORDER BY d.ord""", id),
                texts("SELECT text FROM project_related WHERE project_id = ? ORDER BY ord", id),
                row.strategicMarks(),
                texts("SELECT name FROM project_strategic_projects WHERE project_id = ? ORDER BY ord", id),
                row.cityOwn());
        return new Head(id, row.planId(), project);
    }

    private ProjectDetail detail(Head head) {
        var placements = placements(head);
        var years = yearRecords.read("y.project_id = ? AND y.published", List.of(head.id())).stream()
                .sorted(Comparator.comparing(YearRecord::year)).toList();
        var named = new HashSet<String>(head.project().departments());
        named.addAll(head.project().related());
        if (head.project().implementer() != null) {
            named.add(head.project().implementer());
        }
        var organizations = jdbc.sql("SELECT name, kind, parent_name FROM organizations WHERE plan_id = ? ORDER BY ord")
                .param(head.planId())
                .query((rs, n) -> new Organization(rs.getString("name"),
                        OrganizationKind.valueOf(rs.getString("kind")), rs.getString("parent_name")))
                .stream().filter(o -> named.contains(o.name())).toList();
        var documents = Stream.concat(placements.stream().map(p -> p.placement().provenance()),
                        years.stream().map(YearRecord::provenance))
                .filter(Objects::nonNull).map(Provenance::sourceSha256).distinct()
                .map(sources::bySha256).flatMap(Optional::stream).toList();
        return new ProjectDetail(head.project(), placements, years, organizations, documents);
    }

    private List<PlacementDetail> placements(Head head) {
        Map<NodePath, PolicyNode> nodes = jdbc.sql("SELECT path, title FROM policy_nodes WHERE plan_id = ?")
                .param(head.planId())
                .query((rs, n) -> new PolicyNode(NodePath.parse(rs.getString("path")), rs.getString("title")))
                .stream().collect(Collectors.toMap(PolicyNode::path, Function.identity()));
        return jdbc.sql("""
                        SELECT n.path, pl.is_primary, pl.printed_number, pl.print_order, s.sha256, pl.first_line, pl.last_line
                        FROM placements pl
                        JOIN policy_nodes n ON n.id = pl.node_id
                        LEFT JOIN sources s ON s.id = pl.source_id
                        WHERE pl.project_id = ? ORDER BY pl.print_order, pl.ord""")
                .param(head.id())
                .query((rs, n) -> new Placement(head.project().key(), NodePath.parse(rs.getString("path")),
                        rs.getBoolean("is_primary"), rs.getString("printed_number"), rs.getInt("print_order"),
                        YearRecordRows.provenance(rs)))
                .stream()
                .map(p -> new PlacementDetail(p, trail(p.node(), nodes)))
                .toList();
    }

    private static List<PolicyNode> trail(NodePath path, Map<NodePath, PolicyNode> nodes) {
        var trail = new ArrayList<PolicyNode>();
        for (Optional<NodePath> at = Optional.of(path); at.isPresent(); at = at.get().parent()) {
            trail.add(0, nodes.getOrDefault(at.get(), new PolicyNode(at.get(), null)));
        }
        return trail;
    }

    private List<String> texts(String sql, long projectId) {
        return jdbc.sql(sql).param(projectId).query(String.class).list();
    }

    private static FiscalYear year(Integer year) {
        return year == null ? null : FiscalYear.of(year);
    }

    private record Row(long id, long planId, String key, String name, String summary, ProjectPeriod period,
                       String implementer, boolean cityOwn, int strategicMarks) {
    }

    private record Head(long id, long planId, Project project) {
    }
}

package jp.shinko.report.opendata;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shinko.json.PlanJson;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Placement;
import jp.shinko.plan.Plan;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Project;
import jp.shinko.plan.Source;
import jp.shinko.plan.YearRecord;

/**
 * Writes a plan as open-data JSON: the tree (nodes nested, each naming the projects listed under
 * it), the projects with their placements and year records, in the value types of {@link PlanJson}
 * (fiscal years as numbers, amounts as kind plus thousand yen).
 */
public final class OpenDataJson {

    /** The version of this document's shape; raised when a field changes meaning or goes away. */
    static final int FORMAT_VERSION = 1;

    private OpenDataJson() {
    }

    /** The whole document. */
    public record Document(String dataset, int formatVersion, Municipality municipality, Plan plan, Source source,
                           List<FiscalYear> fiscalYears, List<TreeNode> tree, List<ProjectEntry> projects) {
    }

    /** A node of the tree with the projects listed under it and its child nodes. */
    public record TreeNode(NodePath path, int level, String levelName, String number, String title,
                           List<String> projects, List<String> reListedProjects, List<TreeNode> children) {
    }

    /**
     * A project with where it is listed and its records of the years exported; {@code inYears}: the
     * years of those in which it is one of the plan's projects (ProjectYears), the other records
     * being reference rows (a project not started yet, or already ended).
     */
    public record ProjectEntry(Project project, List<Placement> placements, List<YearRecord> yearRecords,
                               List<FiscalYear> inYears) {
    }

    public static void write(PlanContent content, FiscalYear year, OutputStream out) {
        PlanJson.mapper().writeValue(out, document(content, year));
    }

    static Document document(PlanContent content, FiscalYear year) {
        Map<String, List<Placement>> placements = content.placements().stream()
                .sorted(Comparator.comparingInt(Placement::order))
                .collect(Collectors.groupingBy(Placement::projectKey));
        Map<String, List<YearRecord>> records = content.yearRecords().stream()
                .filter(r -> year == null || r.year().equals(year))
                .sorted(Comparator.comparing(YearRecord::year))
                .collect(Collectors.groupingBy(YearRecord::projectKey));
        var projects = content.projects().stream()
                .sorted(Comparator.comparingInt(p -> placements.get(p.key()).stream()
                        .filter(Placement::primary).findFirst().orElseThrow().order()))
                .map(p -> {
                    var own = records.getOrDefault(p.key(), List.of());
                    return new ProjectEntry(p, placements.get(p.key()), own, own.stream()
                            .filter(r -> jp.shinko.plan.ProjectYears.counts(p, r)).map(YearRecord::year).toList());
                })
                .toList();
        var years = year == null ? content.years() : List.of(year);
        return new Document("shinko-plan", FORMAT_VERSION, content.municipality(), content.plan(), content.source(),
                years, children(content, null), projects);
    }

    private static List<TreeNode> children(PlanContent content, NodePath parent) {
        var nodes = new ArrayList<TreeNode>();
        content.nodes().stream()
                .filter(n -> parent == null ? n.level() == 1 : n.path().parent().filter(parent::equals).isPresent())
                .sorted(Comparator.comparing(PolicyNode::path))
                .forEach(n -> nodes.add(node(content, n)));
        return nodes;
    }

    private static TreeNode node(PlanContent content, PolicyNode node) {
        var levels = content.plan().levelNames();
        var listed = content.placements().stream().filter(p -> p.node().equals(node.path()))
                .sorted(Comparator.comparingInt(Placement::order)).toList();
        return new TreeNode(node.path(), node.level(),
                node.level() <= levels.size() ? levels.get(node.level() - 1) : null, node.number(), node.title(),
                listed.stream().filter(Placement::primary).map(Placement::projectKey).toList(),
                listed.stream().filter(Placement::reListed).map(Placement::projectKey).toList(),
                children(content, node.path()));
    }
}

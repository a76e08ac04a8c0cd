package jp.shinko.template;

import static jp.shinko.template.Column.Type.TEXT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Plan;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;

/** 体系: the plan's policy tree, one row per node, its path written 1/1/4/3 or 1/①. */
final class NodeSheet {

    static final Column PATH = Column.required("体系番号", "path", TEXT);
    static final Column TITLE = Column.optional("名称", "title", TEXT);

    static final TemplateSheet SHEET = new TemplateSheet("体系", "nodes", true, List.of(PATH, TITLE));

    private NodeSheet() {
    }

    static Table write(PlanContent content) {
        return Table.of(SHEET, content.nodes().stream()
                .map(n -> List.of(Cell.text(n.path().toString()), Cell.text(n.title()))).toList());
    }

    static List<PolicyNode> read(SheetRows sheet, Plan plan) {
        var nodes = new ArrayList<PolicyNode>();
        var lines = new HashMap<NodePath, Integer>();
        var rows = sheet.rows();
        for (var row : rows) {
            var path = path(row, PATH);
            Integer earlier = lines.putIfAbsent(path, row.line());
            if (earlier != null) {
                throw row.error(PATH, Reason.of("template.node-twice", path, earlier));
            }
            if (path.level() > plan.depth()) {
                throw row.error(PATH, Reason.of("template.node-too-deep", path, plan.depth(), plan.levelNames()));
            }
            nodes.add(new PolicyNode(path, row.text(TITLE)));
        }
        for (var row : rows) {
            var path = path(row, PATH);
            path.parent().filter(parent -> !lines.containsKey(parent)).ifPresent(parent -> {
                throw row.error(PATH, Reason.of("template.node-parent-missing", path, parent));
            });
        }
        return nodes;
    }

    /** A node path from a cell: numbers separated by "/", none blank. */
    static NodePath path(SheetRow row, Column column) {
        String text = row.key(column);
        var numbers = List.of(text.split("/", -1));
        if (numbers.stream().anyMatch(String::isBlank)) {
            throw row.error(column, Reason.of("template.not-a-node", text));
        }
        return new NodePath(numbers.stream().map(String::strip).toList());
    }
}

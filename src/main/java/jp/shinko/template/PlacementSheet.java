package jp.shinko.template;

import static jp.shinko.template.Column.Type.FLAG;
import static jp.shinko.template.Column.Type.INTEGER;
import static jp.shinko.template.Column.Type.TEXT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;

/** 掲載: one row per listing of a project under a node; a project listed again (再掲) has a row per listing. */
final class PlacementSheet {

    static final Column PROJECT_KEY = Column.required("事業キー", "project_key", TEXT);
    static final Column PROJECT_NAME = Column.optional("事業名", "project_name", TEXT);
    static final Column NODE = Column.required("体系番号", "node", TEXT);
    static final Column RELISTED = Column.optional("再掲", "relisted", FLAG);
    static final Column NUMBER = Column.optional("掲載番号", "printed_number", TEXT);
    static final Column ORDER = Column.optional("掲載順", "order", INTEGER);

    static final TemplateSheet SHEET = new TemplateSheet("掲載", "placements", true, Stream.concat(
            Stream.of(PROJECT_KEY, PROJECT_NAME, NODE, RELISTED, NUMBER, ORDER),
            ProvenanceCells.COLUMNS.stream()).toList());

    private PlacementSheet() {
    }

    static Table write(PlanContent content) {
        var names = content.projectsByKey();
        var rows = new ArrayList<List<Cell>>();
        for (var p : content.placements()) {
            var cells = new ArrayList<>(List.of(Cell.text(p.projectKey()), Cell.text(names.get(p.projectKey()).name()),
                    Cell.text(p.node().toString()), Cell.flag(p.reListed()), Cell.text(p.printedNumber()),
                    Cell.number(p.order())));
            cells.addAll(ProvenanceCells.write(p.provenance(), content.source().sha256()));
            rows.add(cells);
        }
        return Table.of(SHEET, rows);
    }

    /**
     * Reads the placements; every project of {@code projects} must have exactly one primary one.
     *
     * @param projectRows where each project was read, to report a project without a primary placement
     */
    static List<Placement> read(SheetRows sheet, ProjectSheet.Projects projects, Set<NodePath> nodes,
                                SheetRows projectRows, String sourceSha256) {
        var placements = new ArrayList<Placement>();
        var primaries = new HashMap<String, Integer>();
        var rows = sheet.rows();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            String key = ProjectSheet.knownProject(row, PROJECT_KEY, PROJECT_NAME, projects.byKey());
            var node = NodeSheet.path(row, NODE);
            if (!nodes.contains(node)) {
                throw row.error(NODE, Reason.of("template.node-unknown", node));
            }
            boolean primary = !row.flag(RELISTED);
            if (primary) {
                Integer earlier = primaries.putIfAbsent(key, row.line());
                if (earlier != null) {
                    throw row.error(RELISTED, Reason.of("template.primary-twice", key, earlier));
                }
            }
            Integer order = row.integer(ORDER);
            int position = order == null ? i + 1 : order;
            var provenance = ProvenanceCells.read(row, sourceSha256);
            placements.add(row.build(() -> new Placement(key, node, primary, row.textOrEmpty(NUMBER), position,
                    provenance)));
        }
        for (Map.Entry<String, Project> project : projects.byKey().entrySet()) {
            if (!primaries.containsKey(project.getKey())) {
                throw projectRows.error(projects.lines().get(project.getKey()),
                        Reason.of("template.no-primary", project.getKey(), project.getValue().name()));
            }
        }
        return placements;
    }
}

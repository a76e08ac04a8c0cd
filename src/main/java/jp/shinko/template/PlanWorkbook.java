package jp.shinko.template;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Organization;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;

/**
 * The template as a whole, in either file form: plan content to sheets and back. Sheets are read
 * in the order their facts depend on each other (plan, tree, organizations, projects, placements,
 * year records), so every reference is checked against what was read before.
 */
final class PlanWorkbook {

    /** The sheets in written order; the main sheet first. */
    static final List<TemplateSheet> SHEETS = List.of(YearRecordSheet.SHEET, ProjectSheet.SHEET,
            PlacementSheet.SHEET, NodeSheet.SHEET, OrganizationSheet.SHEET, PlanSheet.SHEET, ScaleSheet.SHEET,
            PrioritySheet.SHEET, SourceSheet.SHEET, MoneySheet.SHEET);

    private PlanWorkbook() {
    }

    static Optional<TemplateSheet> sheet(String name) {
        return SHEETS.stream().filter(s -> s.isNamed(name)).findFirst();
    }

    static List<Table> tables(PlanContent content) {
        var tables = new java.util.ArrayList<>(List.of(YearRecordSheet.write(content), ProjectSheet.write(content),
                PlacementSheet.write(content), NodeSheet.write(content), OrganizationSheet.write(content),
                PlanSheet.write(content), ScaleSheet.write(content), PrioritySheet.write(content),
                SourceSheet.write(content)));
        // 金額 only where there are figures: a list of 予算額 / 決算額 alone keeps the sheets it always had.
        if (MoneySheet.hasFigures(content)) {
            tables.add(MoneySheet.write(content));
        }
        return tables;
    }

    /**
     * Reads the content of a file's template sheets.
     *
     * @param sha256 the file's own digest: the source of a workbook without 文書情報
     */
    static PlanContent content(String file, String sha256, TemplateFormat format, List<Table> tables) {
        var sheets = new LinkedHashMap<TemplateSheet, SheetRows>();
        for (var table : tables) {
            if (sheets.put(table.sheet(), new SheetRows(file, table)) != null) {
                throw new ParseException(file, 0, Reason.of("template.sheet-twice", format.place(table.sheet())));
            }
        }
        for (var sheet : SHEETS) {
            if (!sheets.containsKey(sheet)) {
                if (sheet.required()) {
                    throw new ParseException(file, 0, Reason.of("template.sheet-missing", format.place(sheet)));
                }
                sheets.put(sheet, new SheetRows(file, new Table(sheet, format.place(sheet), List.of(), List.of(),
                        Map.of())));
            }
        }
        var sourceRows = sheets.get(SourceSheet.SHEET);
        var source = sourceRows.rows().isEmpty() ? SourceSheet.ofWorkbook(file, sha256) : SourceSheet.read(sourceRows);
        var scale = ScaleSheet.read(sheets.get(ScaleSheet.SHEET));
        var head = PlanSheet.read(sheets.get(PlanSheet.SHEET), scale, PrioritySheet.read(sheets.get(PrioritySheet.SHEET)));
        var nodes = NodeSheet.read(sheets.get(NodeSheet.SHEET), head.plan());
        var organizations = OrganizationSheet.read(sheets.get(OrganizationSheet.SHEET));
        var projects = ProjectSheet.read(sheets.get(ProjectSheet.SHEET),
                organizations.stream().map(Organization::name).collect(Collectors.toSet()));
        var paths = new HashSet<NodePath>(nodes.stream().map(PolicyNode::path).toList());
        var placements = PlacementSheet.read(sheets.get(PlacementSheet.SHEET), projects, paths,
                sheets.get(ProjectSheet.SHEET), source.sha256());
        var yearRecords = MoneySheet.read(sheets.get(MoneySheet.SHEET),
                YearRecordSheet.read(sheets.get(YearRecordSheet.SHEET), projects.byKey(),
                        head.plan().evaluationScale(), source.sha256()), projects.byKey());
        try {
            return new PlanContent(head.municipality(), head.plan(), source, nodes, organizations,
                    List.copyOf(projects.byKey().values()), placements, yearRecords);
        } catch (IllegalArgumentException e) {
            throw new ParseException(file, 0, Reason.of("template.invalid-plan", Reason.detail(e)));
        }
    }
}

package jp.shinko.template;

import static jp.shinko.template.Column.Type.AMOUNT;
import static jp.shinko.template.Column.Type.CHOICE;
import static jp.shinko.template.Column.Type.FLAG;
import static jp.shinko.template.Column.Type.LONG_TEXT;
import static jp.shinko.template.Column.Type.TEXT;
import static jp.shinko.template.Column.Type.YEAR;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.EvaluationScale;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;
import jp.shinko.plan.RecordStatus;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;

/** 事業年度, the main sheet: one row per project and fiscal year. */
final class YearRecordSheet {

    static final Column PROJECT_KEY = Column.required("事業キー", "project_key", TEXT);
    static final Column PROJECT_NAME = Column.optional("事業名", "project_name", TEXT);
    static final Column YEAR_COLUMN = Column.required("年度", "fiscal_year", YEAR);
    static final Column BUDGET = Column.optional("予算額（千円）", "budget", AMOUNT);
    static final Column SETTLED = Column.optional("決算額（千円）", "settled", AMOUNT);
    static final Column CONTENT = Column.optional("実施内容", "content", LONG_TEXT);
    static final Column SAME_AS_LEFT = Column.optional("実施内容同左", "content_same_as_left", FLAG);
    static final Column EVALUATION = Column.optional("評価", "evaluation", CHOICE);
    static final Column OUTLOOK = Column.optional("今後の方向性", "outlook", TEXT);
    static final Column EXPANSION_NOTE = Column.optional("拡充要素", "expansion_note", TEXT);
    static final Column NEW = Column.optional("新規", "new", FLAG);
    static final Column EXPANDED = Column.optional("拡充", "expanded", FLAG);
    static final Column PRIORITY = Column.optional("重点", "priority", FLAG);
    static final Column STATUS = Column.optional("状態", "status", CHOICE);

    static final TemplateSheet SHEET = new TemplateSheet("事業年度", "year-records", true, Stream.concat(
            Stream.of(PROJECT_KEY, PROJECT_NAME, YEAR_COLUMN, BUDGET, SETTLED, CONTENT, SAME_AS_LEFT,
                    EVALUATION, OUTLOOK, EXPANSION_NOTE, NEW, EXPANDED, PRIORITY, STATUS),
            ProvenanceCells.COLUMNS.stream()).toList());

    static final Map<RecordStatus, String> STATUS_LABELS = new EnumMap<>(Map.of(
            RecordStatus.DRAFT, "下書き", RecordStatus.SUBMITTED, "提出済み",
            RecordStatus.RETURNED, "差戻し", RecordStatus.APPROVED, "承認済み"));

    private static final Map<YearFlag, Column> FLAG_COLUMNS = new EnumMap<>(Map.of(
            YearFlag.NEW, NEW, YearFlag.EXPANDED, EXPANDED, YearFlag.PRIORITY, PRIORITY));

    private YearRecordSheet() {
    }

    static Table write(PlanContent content) {
        var names = content.projectsByKey();
        String sha = content.source().sha256();
        var rows = new ArrayList<List<Cell>>();
        for (var r : content.yearRecords()) {
            var cells = new ArrayList<>(List.of(Cell.text(r.projectKey()), Cell.text(names.get(r.projectKey()).name()),
                    Cell.number(r.year().year()), AmountCell.write(r.budget()), AmountCell.write(r.settled()),
                    Cell.text(r.content()), Cell.flag(r.contentSameAsLeft()),
                    Cell.text(r.evaluation() == null ? null : r.evaluation().mark()),
                    Cell.text(r.outlook()), Cell.text(r.expansionNote()),
                    Cell.flag(r.has(YearFlag.NEW)), Cell.flag(r.has(YearFlag.EXPANDED)), Cell.flag(r.has(YearFlag.PRIORITY)),
                    Cell.text(STATUS_LABELS.get(r.status()))));
            cells.addAll(ProvenanceCells.write(r.provenance(), sha));
            rows.add(cells);
        }
        return Table.of(SHEET, rows, Map.of(EVALUATION, content.plan().evaluationScale().marks(),
                STATUS, List.copyOf(STATUS_LABELS.values())));
    }

    static List<YearRecord> read(SheetRows sheet, Map<String, Project> projects, EvaluationScale scale,
                                 String sourceSha256) {
        var records = new ArrayList<YearRecord>();
        var lines = new HashMap<String, Integer>();
        for (var row : sheet.rows()) {
            String key = ProjectSheet.knownProject(row, PROJECT_KEY, PROJECT_NAME, projects);
            var year = row.requiredYear(YEAR_COLUMN);
            Integer earlier = lines.putIfAbsent(key + "@" + year.year(), row.line());
            if (earlier != null) {
                throw row.error(Reason.of("template.year-row-twice", key, year.year(), earlier));
            }
            var flags = EnumSet.noneOf(YearFlag.class);
            FLAG_COLUMNS.forEach((flag, column) -> {
                if (row.flag(column)) {
                    flags.add(flag);
                }
            });
            var budget = row.amount(BUDGET);
            var settled = row.amount(SETTLED);
            var evaluation = evaluation(row, scale);
            var provenance = ProvenanceCells.read(row, sourceSha256);
            records.add(row.build(() -> new YearRecord(key, year, budget, settled, row.textOrEmpty(CONTENT),
                    row.flag(SAME_AS_LEFT), evaluation, row.text(OUTLOOK), row.text(EXPANSION_NOTE), flags,
                    row.choice(STATUS, STATUS_LABELS), provenance)));
        }
        return records;
    }

    private static Evaluation evaluation(SheetRow row, EvaluationScale scale) {
        String mark = row.text(EVALUATION);
        if (mark == null) {
            return null;
        }
        if (scale.grade(mark.strip()).isEmpty()) {
            throw row.error(EVALUATION, Reason.of("template.unknown-mark", mark, scale.marks()));
        }
        return Evaluation.of(mark.strip());
    }
}

package jp.shinko.template;

import static jp.shinko.template.Column.Type.CHOICE;
import static jp.shinko.template.Column.Type.INTEGER;
import static jp.shinko.template.Column.Type.TEXT;
import static jp.shinko.template.Column.Type.YEAR;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinko.amount.AmountReader;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.Worded;
import jp.shinko.plan.AmountUnit;
import jp.shinko.plan.MoneyFigure;
import jp.shinko.plan.MoneyKind;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;
import jp.shinko.plan.YearRecord;
import jp.shinko.plan.Yen;

/**
 * 金額, the typed money figures of project-years beyond 予算額 / 決算額: one row per figure (当初予算,
 * each 補正 with its name, 予算現額, 支出済額, 不用額, 財源内訳, 事業費 …) in exact yen with the unit it
 * was published in. Written only for content that has such figures, so the samples' templates keep
 * their sheets.
 */
final class MoneySheet {

    static final Column PROJECT_KEY = Column.required("事業キー", "project_key", TEXT);
    static final Column PROJECT_NAME = Column.optional("事業名", "project_name", TEXT);
    static final Column YEAR_COLUMN = Column.required("年度", "fiscal_year", YEAR);
    static final Column KIND = Column.required("種類", "kind", CHOICE);
    static final Column LABEL = Column.optional("名称", "label", TEXT);
    static final Column YEN = Column.optional("金額（円）", "yen", INTEGER);
    static final Column UNIT = Column.optional("公表単位", "unit", CHOICE);
    static final Column PLACE = Column.optional("出典位置", "place", TEXT);

    static final TemplateSheet SHEET = new TemplateSheet("金額", "money", false,
            List.of(PROJECT_KEY, PROJECT_NAME, YEAR_COLUMN, KIND, LABEL, YEN, UNIT, PLACE));

    static final Map<MoneyKind, String> KIND_LABELS = new EnumMap<>(MoneyKind.class);
    static final Map<AmountUnit, String> UNIT_LABELS = new EnumMap<>(AmountUnit.class);

    static {
        for (var kind : MoneyKind.values()) {
            KIND_LABELS.put(kind, kind.label());
        }
        for (var unit : AmountUnit.values()) {
            UNIT_LABELS.put(unit, unit.label());
        }
    }

    private static final AmountReader IN_YEN = AmountReader.inColumn(AmountUnit.YEN);

    private MoneySheet() {
    }

    static boolean hasFigures(PlanContent content) {
        return content.yearRecords().stream().anyMatch(r -> !r.moneyFigures().isEmpty());
    }

    static Table write(PlanContent content) {
        var names = content.projectsByKey();
        var rows = new ArrayList<List<Cell>>();
        for (var r : content.yearRecords()) {
            for (var figure : r.moneyFigures()) {
                var amount = figure.amount();
                rows.add(List.of(Cell.text(r.projectKey()), Cell.text(names.get(r.projectKey()).name()),
                        Cell.number(r.year().year()), Cell.text(figure.kind().label()), Cell.text(emptyAsNull(figure.label())),
                        yen(amount), Cell.text(amount.isPresent() ? amount.unit().label() : null),
                        Cell.text(emptyAsNull(figure.place()))));
            }
        }
        return Table.of(SHEET, rows, Map.of(KIND, List.copyOf(KIND_LABELS.values()),
                UNIT, List.copyOf(UNIT_LABELS.values())));
    }

    private static Cell yen(Yen amount) {
        return switch (amount.kind()) {
            case VALUE -> Cell.number(amount.yen());
            case NONE -> Cell.text(AmountCell.NONE);
            case UNDISCLOSED -> Cell.text(AmountCell.UNDISCLOSED);
            case NOT_STATED -> Cell.BLANK;
        };
    }

    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** The records with the figures of this sheet added, in row order; a figure needs its 事業年度 row. */
    static List<YearRecord> read(SheetRows sheet, List<YearRecord> records, Map<String, Project> projects) {
        if (sheet.rows().isEmpty()) {
            return records;
        }
        var figures = new LinkedHashMap<String, List<MoneyFigure>>();
        var keys = new LinkedHashMap<String, YearRecord>();
        records.forEach(r -> keys.put(r.projectKey() + "@" + r.year().year(), r));
        for (var row : sheet.rows()) {
            String key = ProjectSheet.knownProject(row, PROJECT_KEY, PROJECT_NAME, projects);
            var year = row.requiredYear(YEAR_COLUMN);
            String recordKey = key + "@" + year.year();
            if (!keys.containsKey(recordKey)) {
                throw row.error(YEAR_COLUMN, Reason.of("template.money-without-year", key, year.year()));
            }
            var kind = row.choice(KIND, KIND_LABELS);
            if (kind == null) {
                throw row.error(KIND, Reason.of("template.blank"));
            }
            var amount = amount(row);
            var unit = row.choice(UNIT, UNIT_LABELS);
            if (amount.isPresent() && unit != null) {
                amount = Yen.of(amount.yen(), unit);
            }
            var finalAmount = amount;
            var figure = row.build(() -> new MoneyFigure(kind, row.text(LABEL), finalAmount, row.text(PLACE)));
            figures.computeIfAbsent(recordKey, k -> new ArrayList<>()).add(figure);
        }
        var result = new ArrayList<YearRecord>(records.size());
        for (var entry : keys.entrySet()) {
            var wanted = figures.get(entry.getKey());
            var record = entry.getValue();
            result.add(wanted == null ? record : build(sheet, record, wanted));
        }
        return result;
    }

    private static YearRecord build(SheetRows sheet, YearRecord record, List<MoneyFigure> figures) {
        try {
            return record.withMoneyFigures(figures);
        } catch (IllegalArgumentException e) {
            throw sheet.error(0, Reason.of("template.invalid-row", Reason.detail(e)));
        }
    }

    private static Yen amount(SheetRow row) {
        var cell = row.cell(YEN);
        if (cell.isBlank()) {
            return Yen.notStated();
        }
        var reading = cell.number() != null ? IN_YEN.read(cell.number()) : IN_YEN.read(cell.asText());
        if (reading.isRefused()) {
            throw row.error(YEN, Reason.of("template.money-amount", (Worded) reading::message));
        }
        return reading.yen();
    }
}

package jp.shinko.template;

import static jp.shinko.template.Column.Type.CHOICE;
import static jp.shinko.template.Column.Type.LONG_TEXT;
import static jp.shinko.template.Column.Type.YEAR;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;

/** 重点事項: a year's priorities, one row each, after the sentence the year's list opens with. */
final class PrioritySheet {

    /** What a row holds. */
    enum Entry { INTRODUCTION, ITEM }

    static final Column YEAR_COLUMN = Column.required("年度", "fiscal_year", YEAR);
    static final Column ENTRY = Column.required("区分", "entry", CHOICE);
    static final Column TEXT = Column.required("内容", "text", LONG_TEXT);

    static final TemplateSheet SHEET = new TemplateSheet("重点事項", "priorities", false,
            List.of(YEAR_COLUMN, ENTRY, TEXT));

    static final Map<Entry, String> ENTRY_LABELS = new EnumMap<>(Map.of(
            Entry.INTRODUCTION, "導入文", Entry.ITEM, "重点事項"));

    /** A plan's priorities and their introductions by fiscal year. */
    record Priorities(Map<FiscalYear, List<String>> items, Map<FiscalYear, String> introductions) {
    }

    private PrioritySheet() {
    }

    static Table write(PlanContent content) {
        var plan = content.plan();
        var years = new TreeSet<>(plan.priorities().keySet());
        years.addAll(plan.priorityIntroductions().keySet());
        var rows = new ArrayList<List<Cell>>();
        for (var year : years) {
            String introduction = plan.priorityIntroductions().get(year);
            if (introduction != null) {
                rows.add(row(year, Entry.INTRODUCTION, introduction));
            }
            plan.priorities().getOrDefault(year, List.of()).forEach(item -> rows.add(row(year, Entry.ITEM, item)));
        }
        return Table.of(SHEET, rows, Map.of(ENTRY, List.copyOf(ENTRY_LABELS.values())));
    }

    private static List<Cell> row(FiscalYear year, Entry entry, String text) {
        return List.of(Cell.number(year.year()), Cell.text(ENTRY_LABELS.get(entry)), Cell.text(text));
    }

    static Priorities read(SheetRows sheet) {
        var items = new LinkedHashMap<FiscalYear, List<String>>();
        var introductions = new LinkedHashMap<FiscalYear, String>();
        for (var row : sheet.rows()) {
            var year = row.requiredYear(YEAR_COLUMN);
            var entry = row.choice(ENTRY, ENTRY_LABELS);
            if (entry == null) {
                throw row.error(ENTRY, Reason.of("template.blank-choice", List.copyOf(ENTRY_LABELS.values())));
            }
            String text = row.text(TEXT);
            if (text == null) {
                throw row.error(TEXT, Reason.of("template.blank"));
            }
            if (entry == Entry.ITEM) {
                items.computeIfAbsent(year, y -> new ArrayList<>()).add(text);
            } else if (introductions.putIfAbsent(year, text) != null) {
                throw row.error(ENTRY, Reason.of("template.introduction-twice", year.year()));
            }
        }
        return new Priorities(items, introductions);
    }
}

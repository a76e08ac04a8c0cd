package jp.shinko.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import jp.shinko.plan.MoneyKind;
import jp.shinko.plan.YearRecord;
import jp.shinko.plan.Yen;

/**
 * A project's money per year for its page, in exact yen: one row per kind that some year carries
 * (当初予算, each 補正 by its label, 予算現額 …, 財源内訳, 事業費 …), derived figures marked, then
 * 執行率 and the warnings. Empty — and not shown — for a project whose lists print only 予算額 /
 * 決算額 (the two samples), so their pages stay as they are.
 */
public record MoneyTable(List<YearRecord> years, List<Row> rows, List<String> warnings) {

    /** One row: its name and one cell per year. */
    public record Row(String name, String kind, List<Cell> cells) {
    }

    /** One cell: the text, and whether it is computed from the year's other figures. */
    public record Cell(String text, boolean derived) {
    }

    static MoneyTable of(List<YearRecord> records, YearText yearText) {
        if (records.stream().allMatch(r -> r.moneyFigures().isEmpty())) {
            return new MoneyTable(List.of(), List.of(), List.of());
        }
        var money = records.stream().map(YearRecord::money).toList();
        var rows = new ArrayList<Row>();
        for (var kind : MoneyKind.values()) {
            if (money.stream().noneMatch(m -> m.kinds().contains(kind))) {
                continue;
            }
            if (kind.repeatable()) {
                var labels = new LinkedHashSet<String>();
                money.forEach(m -> m.printed().stream().filter(f -> f.kind() == kind).forEach(f -> labels.add(f.name())));
                for (var label : labels) {
                    rows.add(new Row(label, kind.name(), money.stream().map(m -> new Cell(m.printed().stream()
                            .filter(f -> f.kind() == kind && f.name().equals(label)).map(f -> text(f.amount()))
                            .findFirst().orElse(""), false)).toList()));
                }
                if (labels.size() > 1) {
                    rows.add(new Row(kind.label() + "計", kind.name(),
                            money.stream().map(m -> new Cell(text(m.figure(kind)), true)).toList()));
                }
                continue;
            }
            rows.add(new Row(kind.label(), kind.name(),
                    money.stream().map(m -> new Cell(text(m.figure(kind)), m.isDerived(kind))).toList()));
        }
        if (money.stream().anyMatch(m -> m.executionRate().isPresent())) {
            rows.add(new Row("執行率", "EXECUTION_RATE", money.stream()
                    .map(m -> new Cell(m.executionRate().map(MoneyTable::percent).orElse(""), true)).toList()));
        }
        var warnings = new ArrayList<String>();
        for (int i = 0; i < records.size(); i++) {
            var year = yearText.of(records.get(i).year());
            money.get(i).warnings().forEach(w -> warnings.add(year + ": " + w.message()));
        }
        return new MoneyTable(records, rows, warnings);
    }

    /** 97.4% from 0.9741. */
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String text(Yen yen) {
        return switch (yen.kind()) {
            case VALUE -> String.format(Locale.JAPAN, "%,d", yen.yen());
            case NONE -> "―";
            case UNDISCLOSED -> "非公開";
            case NOT_STATED -> "";
        };
    }

    /** For templates: whether any row is shown. */
    public boolean shown() {
        return !rows.isEmpty();
    }
}

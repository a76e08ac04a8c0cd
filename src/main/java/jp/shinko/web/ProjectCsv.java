package jp.shinko.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jp.shinko.csv.CsvWriter;
import jp.shinko.plan.Amount;
import jp.shinko.store.PlanOverview;
import jp.shinko.store.ProjectRow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A project list as CSV (RFC 4180, CRLF), with the same columns as the page. Amounts are plain
 * digits in thousand yen so spreadsheets read them as numbers; ― (none) and 非公開 stay as
 * printed and an amount the list does not state is an empty cell, never 0.
 */
@Component
class ProjectCsv {

    private final MessageSource messages;
    private final NodeLabel nodeLabel;
    private final ListCells cells;
    private final YearText yearText;

    ProjectCsv(MessageSource messages, NodeLabel nodeLabel, ListCells cells, YearText yearText) {
        this.messages = messages;
        this.nodeLabel = nodeLabel;
        this.cells = cells;
        this.yearText = yearText;
    }

    String write(PlanOverview overview, List<YearColumn> columns, List<ProjectRow> rows) {
        var out = new StringWriter();
        try (var csv = CsvWriter.of(out)) {
            var header = new ArrayList<String>(List.of(msg("csv.number"), msg("csv.name"), msg("csv.key"),
                    msg("csv.node"), msg("csv.nodeTitle"), msg("csv.placements"), msg("csv.implementer"),
                    msg("csv.departments"), msg("csv.body"), msg("csv.strategicMarks"), msg("csv.badges")));
            columns.forEach(c -> header.add(yearText.of(c.year()) + " " + msg("column." + c.kind())
                    + (c.kind().money() ? msg("csv.unit") : "")));
            csv.row(header);
            for (var row : rows) {
                var node = overview.node(row.node()).map(n -> n.node().title()).orElse(null);
                var record = new ArrayList<String>(List.of(row.printedNumber(), row.name(), row.key(),
                        nodeLabel.code(row.node()), node == null ? "" : node, Integer.toString(row.placements()),
                        row.implementer() == null ? "" : row.implementer(), String.join("、", row.departments()),
                        msg(row.cityOwn() ? "csv.city" : "csv.outside"), Integer.toString(row.strategicMarks()),
                        String.join("・", cells.badges(row, null).stream().map(b -> msg("badge." + b)).toList())));
                for (var c : columns) {
                    record.add(c.kind().money() ? amount(row, c) : cells.text(row, c));
                }
                csv.row(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String amount(ProjectRow row, YearColumn column) {
        var record = row.year(column.year()).orElse(null);
        if (record == null) {
            return "";
        }
        Amount amount = column.kind() == YearColumn.Kind.BUDGET ? record.budget() : record.settled();
        return switch (amount.kind()) {
            case VALUE -> Long.toString(amount.thousandYen());
            case NONE -> MoneyText.NONE;
            case UNDISCLOSED -> msg("money.undisclosed");
            case NOT_STATED -> "";
        };
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}

package jp.shinko.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;

/**
 * A sheet read for its values: checks the header row (every column known, none twice, the
 * required ones present if the sheet has values) and gives the non-blank data rows with typed access.
 */
final class SheetRows {

    private final String file;
    private final Table table;
    private final Map<Column, Integer> positions = new HashMap<>();

    SheetRows(String file, Table table) {
        this.file = file;
        this.table = table;
        var sheet = table.sheet();
        for (int i = 0; i < table.header().size(); i++) {
            String header = table.header().get(i);
            if (header == null || header.isBlank()) {
                continue;
            }
            final int index = i;
            var column = sheet.column(header).orElseThrow(() -> error(1,
                    Reason.of("template.unknown-column", header.strip(), sheet.labels())));
            if (positions.putIfAbsent(column, index) != null) {
                throw error(1, Reason.of("template.column-twice", column.label()));
            }
        }
        boolean empty = table.rows().stream().allMatch(Table.Row::isBlank);
        for (var column : sheet.columns()) {
            // A sheet without values needs no columns: a missing optional sheet reads as an empty one.
            if (column.required() && !positions.containsKey(column) && !empty) {
                throw error(1, Reason.of("template.column-missing", column.label()));
            }
        }
    }

    /** The data rows that have a value, in file order; a value under a blank header is an error. */
    List<SheetRow> rows() {
        var rows = new ArrayList<SheetRow>();
        for (var row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            for (int i = 0; i < row.cells().size(); i++) {
                if (!positions.containsValue(i) && !row.cell(i).isBlank()) {
                    throw error(row.line(), Reason.of("template.value-without-heading", i + 1));
                }
            }
            rows.add(new SheetRow(this, row));
        }
        return rows;
    }

    /** The only data row of a one-row sheet such as 計画. */
    SheetRow single() {
        var rows = rows();
        if (rows.size() != 1) {
            throw error(rows.isEmpty() ? 2 : rows.get(1).line(), Reason.of("template.single-row", rows.size()));
        }
        return rows.get(0);
    }

    Cell cell(Table.Row row, Column column) {
        Integer index = positions.get(column);
        return index == null ? Cell.BLANK : row.cell(index);
    }

    ParseException error(int line, Reason reason) {
        return new ParseException(file, line, Reason.of("template.at", table.place(), reason));
    }

    ParseException error(int line, Column column, Reason reason) {
        return new ParseException(file, line, Reason.of("template.at-column", table.place(), column.label(), reason));
    }
}

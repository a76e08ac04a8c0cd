package jp.shinko.template;

import java.util.List;
import java.util.Map;
import jp.shinko.ingest.Reason;

/**
 * One sheet's cells in file order, as written or as read: the header row, then the data rows.
 *
 * @param place   how messages name the sheet: シート「事業年度」 or 事業年度.csv
 * @param choices for writing: the values offered in a column's drop-down list
 */
record Table(TemplateSheet sheet, Reason place, List<String> header, List<Row> rows,
             Map<Column, List<String>> choices) {

    /** A data row and its 1-based row number in the sheet (the header is row 1). */
    record Row(int line, List<Cell> cells) {

        Cell cell(int index) {
            return index < cells.size() ? cells.get(index) : Cell.BLANK;
        }

        boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }
    }

    Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        choices = Map.copyOf(choices);
    }

    /** A table to write: the sheet's own headers and the rows' cells in column order. */
    static Table of(TemplateSheet sheet, List<List<Cell>> rows, Map<Column, List<String>> choices) {
        var numbered = new java.util.ArrayList<Row>();
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new Row(i + 2, rows.get(i)));
        }
        return new Table(sheet, TemplateFormat.XLSX.place(sheet), sheet.labels(), numbered, choices);
    }

    static Table of(TemplateSheet sheet, List<List<Cell>> rows) {
        return of(sheet, rows, Map.of());
    }
}

package jp.shinko.ingest.mapping;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table as read from a sheet, a CSV file or a PDF's ruled table, before any mapping: rows of
 * cells, each row knowing how to name a cell's place (事業一覧!C7, or 2ページ 表5行目 C列).
 *
 * @param name   the sheet's name, or the file's for CSV and PDF
 * @param pdf    whether the rows are a PDF table's: places are page, row and column
 */
record Grid(String name, boolean pdf, List<Row> rows) {

    Grid {
        rows = List.copyOf(rows);
    }

    /**
     * One cell: its text as displayed, the number when the cell holds one (XLSX), and its indentation
     * level (cell indent, or leading full-width spaces).
     */
    record Cell(String text, BigDecimal number, int indent) {

        static final Cell BLANK = new Cell("", null, 0);

        Cell {
            text = text == null ? "" : text;
        }

        boolean isBlank() {
            return text.isBlank() && number == null;
        }
    }

    /**
     * A row of the table.
     *
     * @param line   the row's number in the source lines shinko keeps (1-based): the sheet row, or the
     *               PDF table's row counted over all pages
     * @param page   the PDF page, 0 for a sheet
     * @param rowOnPage the row's number on its page's table (PDF), else the sheet row
     */
    record Row(int line, int page, int rowOnPage, List<Cell> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        Cell cell(int column) {
            return column < cells.size() ? cells.get(column) : Cell.BLANK;
        }

        boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }

        /** The row as one text line: cells joined by tabs. */
        String text() {
            var sb = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                sb.append(cells.get(i).text().replace('\n', ' '));
            }
            return sb.toString().stripTrailing();
        }
    }

    /** Where a cell is, as a reader finds it again: {@code 事業一覧!C7}, or {@code 2ページ 表5行目 C列}. */
    String place(Row row, int column) {
        if (pdf) {
            return row.page() + "ページ 表" + row.rowOnPage() + "行目 " + ColumnSpec.letter(column) + "列";
        }
        return name + "!" + ColumnSpec.letter(column) + row.rowOnPage();
    }
}

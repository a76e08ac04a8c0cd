package jp.shinko.ingest.mapping;

import java.util.List;

/**
 * The first rows of a table as a profile reads them, for the live preview while a city maps its
 * columns: each mapped column's header as found, each row's cells as printed, and each problem at
 * its row and column. A preview never fails: a layout the profile does not fit shows as problems.
 *
 * @param headers  one per mapped column: letter, the header the profile expects, the header found
 * @param rows     the first data rows
 * @param problems the header's problems and the rows', each at its line and column
 */
public record Preview(List<Header> headers, List<Row> rows, List<CellProblem> problems) {

    public Preview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** A mapped column: its table column, letter, field, the header the profile expects and the one found. */
    public record Header(int column, String letter, String field, String expected, String found) {

        public boolean matches() {
            return HeaderCheck.normalize(expected).equals(found);
        }
    }

    /** A data row: its line and the mapped columns' cells, in the order of {@link #headers()}. */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The problem of a cell (its line and table column), or null. */
    public CellProblem problemAt(int line, int column) {
        return problems.stream().filter(p -> p.line() == line && p.column() == column).findFirst().orElse(null);
    }

    /** The problems of a row that no mapped column shows (a heading, a skipped level). */
    public List<CellProblem> rowProblems(int line) {
        return problems.stream().filter(p -> p.line() == line
                && headers.stream().noneMatch(h -> h.column() == p.column())).toList();
    }
}

package jp.shinko.ingest.mapping;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import jp.shinko.ingest.Reason;

/**
 * Checks that each mapped column still carries the header the profile was made with, so that a
 * changed layout fails naming the header that moved instead of reading wrong data. Headers are
 * compared with widths folded and spaces and line breaks removed; a header merged down over
 * several header rows counts once.
 */
final class HeaderCheck {

    private HeaderCheck() {
    }

    /** A column's header as the header rows give it: the rows' texts joined with {@code /}. */
    static String header(List<Grid.Row> headerRows, int column) {
        var parts = new ArrayList<String>();
        for (var row : headerRows) {
            String text = normalize(row.cell(column).text());
            if (!text.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(text))) {
                parts.add(text);
            }
        }
        return String.join("/", parts);
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }

    /**
     * The problems of the header; empty when every column carries its header.
     *
     * @param offset how far the table's columns stand right of the profile's (a PDF table may start
     *               at the sheet's second column)
     */
    static List<CellProblem> check(Grid grid, List<Grid.Row> headerRows, List<ColumnSpec> columns, int offset) {
        var problems = new ArrayList<CellProblem>();
        int width = headerRows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        for (var column : columns) {
            String expected = normalize(column.header());
            String actual = header(headerRows, column.index() + offset);
            if (expected.equals(actual)) {
                continue;
            }
            int moved = -1;
            for (int c = 0; c < width; c++) {
                if (header(headerRows, c).equals(expected)) {
                    moved = c;
                }
            }
            problems.add(CellProblem.at(grid, headerRows.get(0), column.index() + offset, moved >= 0
                    ? Reason.of("mapping.header-moved", column.header(), column.letter(),
                            ColumnSpec.letter(moved - offset))
                    : Reason.of("mapping.header-changed", column.header(), column.letter(),
                            actual.isEmpty() ? "（空欄）" : actual)));
        }
        return problems;
    }

    /** The offset (0 to 3) at which most of the profile's headers match, for a PDF table. */
    static int bestOffset(List<Grid.Row> headerRows, List<ColumnSpec> columns) {
        int best = 0;
        int bestMatches = -1;
        for (int offset = -3; offset <= 3; offset++) {
            int o = offset;
            int matches = (int) columns.stream()
                    .filter(c -> c.index() + o >= 0 && normalize(c.header()).equals(header(headerRows, c.index() + o)))
                    .count();
            if (matches > bestMatches) {
                best = offset;
                bestMatches = matches;
            }
        }
        return best;
    }
}

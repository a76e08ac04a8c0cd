package jp.shinko.ingest.pdf;

import java.util.List;

/**
 * One page as printed: the lines outside any table, top to bottom, and the cells of its ruled
 * tables (none on a page without rules).
 */
record PrintedPage(List<PrintedLine> lines, List<TableCell> cells) {

    PrintedPage {
        lines = List.copyOf(lines);
        cells = List.copyOf(cells);
    }

    boolean isEmpty() {
        return lines.isEmpty() && cells.isEmpty();
    }
}

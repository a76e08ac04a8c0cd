package jp.shinko.ingest.pdf;

import java.util.List;

/**
 * One cell of a ruled table: the box its rules enclose, in points from the top left of the page,
 * its printed lines top to bottom, and for each line whether it is full: the next line's first
 * piece would not have fitted after it, so the cell's text may have wrapped there.
 */
record TableCell(float left, float top, float right, float bottom, List<PrintedLine> lines, List<Boolean> full) {

    TableCell {
        lines = List.copyOf(lines);
        full = List.copyOf(full);
        if (full.size() != lines.size()) {
            throw new IllegalArgumentException("one flag per line");
        }
    }

    /** Whether the cell prints a single line. */
    boolean singleLine() {
        return lines.size() == 1;
    }

    /** The cell's text as printed, lines joined by line feeds (to compare cells). */
    String text() {
        return String.join("\n", lines.stream().map(PrintedLine::text).toList());
    }
}

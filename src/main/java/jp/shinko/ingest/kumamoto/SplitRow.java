package jp.shinko.ingest.kumamoto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.LineEnd;

/**
 * An entry row that a PDF's table printed with a cell of several lines (a long name, two 担当課):
 * laid out cell by cell, the row's line holds only its first cells and each further cell stands
 * on lines of its own after a blank line. The cells are gathered back into one tab-separated row:
 * a wrapped line runs on into the next, lines broken within a cell are joined by a space (as
 * 契約政策課 工事契約課 reads in the published text).
 *
 * @param text     the row as one line
 * @param lastLine the last line it was gathered from
 */
record SplitRow(String text, int lastLine) {

    private static final int CELLS = 4;

    /** The row starting at line {@code number}: the line itself unless the PDF split it. */
    static SplitRow at(DocumentText text, int number) {
        String line = text.line(number);
        var cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
        if (text.end(number) == LineEnd.UNKNOWN || cells.size() >= CELLS
                || !EntryRow.isNumberCell(cells.get(0).strip())) {
            return new SplitRow(line, number);
        }
        int last = number;
        int i = number + 1;
        while (cells.size() < CELLS) {
            while (i <= text.lineCount() && text.line(i).isBlank()) {
                i++;
            }
            if (i > text.lineCount()) {
                break;
            }
            var cell = new StringBuilder(text.line(i));
            while (text.end(i) != LineEnd.UNKNOWN && i < text.lineCount() && !text.line(i + 1).isBlank()) {
                cell.append(text.end(i) == LineEnd.WRAP ? "" : " ").append(text.line(i + 1));
                i++;
            }
            cells.addAll(List.of(cell.toString().split("\t", -1)));
            last = i++;
        }
        return new SplitRow(String.join("\t", cells), last);
    }
}

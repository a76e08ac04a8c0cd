package jp.shinko.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shinko.ingest.LineEnd;

/**
 * Lays out pages that print ruled tables the way a list's text reads: cell by cell rather than
 * across the page. Rows come top to bottom, each row's cells left to right, each cell's lines
 * one after the other. Cells of one line that stand side by side on one baseline share a text
 * line, separated by tabs (as a copied table row reads); a cell of several lines stands on its
 * own lines, with blank lines around it and around each row. Text outside the tables keeps its
 * place above, between or below them. A table's header rows repeated after a page break are
 * printed again, not new text, so rows equal to the first rows of the first table page are left
 * out.
 *
 * <p>Each line of a cell ends in a wrap or a break ({@link LineEnd}). A document that prints a
 * little space after a cell's line where its text breaks (paragraph spacing) says so itself:
 * lines at the plain line pitch wrapped. Without it, a line wrapped where it was full.
 */
final class TableLayout {

    /** The line pitch in the cells, and the space a paragraph adds after a broken line (0 if none). */
    private record Spacing(float pitch, float paragraph) {
    }

    /** Cells whose tops lie this close (points) start one row. */
    private static final float SAME_ROW = 1f;
    /** Single-line cells whose baselines differ by less than this many em stand on one line. */
    private static final float SAME_BASELINE_EM = 0.3f;
    /** Lines this much (points) further apart than the pitch are not at the pitch. */
    private static final float SAME_PITCH = 0.2f;
    /** Free lines further apart than this many em have a blank line between them. */
    private static final float PARAGRAPH_GAP_EM = 1.6f;

    private final Spacing spacing;
    private List<List<TableCell>> headerRows;

    TableLayout(List<PrintedPage> pages) {
        this.spacing = spacing(pages);
    }

    /**
     * The pitch is the smallest distance between lines of a cell that is common (sub- and
     * superscripts stand closer); paragraph spacing shows as a common distance less than half a
     * line wider.
     */
    private static Spacing spacing(List<PrintedPage> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (var page : pages) {
            for (var cell : page.cells()) {
                var lines = cell.lines();
                for (int i = 1; i < lines.size(); i++) {
                    counts.merge(Math.round((lines.get(i).baseline() - lines.get(i - 1).baseline()) * 10), 1,
                            Integer::sum);
                }
            }
        }
        int mode = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        var common = counts.entrySet().stream().filter(e -> e.getValue() >= 2 && e.getKey() >= 0.6 * mode)
                .map(Map.Entry::getKey).sorted().toList();
        if (common.isEmpty()) {
            return new Spacing(mode / 10f, 0);
        }
        int pitch = common.get(0);
        int paragraph = common.stream().filter(g -> g > pitch + 2 && g < 1.5 * pitch).findFirst().orElse(pitch);
        return new Spacing(pitch / 10f, (paragraph - pitch) / 10f);
    }

    /** The text lines of one page; the first page with a table sets the header rows. */
    List<TextLine> page(PrintedPage page) {
        var rows = rows(page.cells());
        if (headerRows == null || headerRows.isEmpty()) {
            headerRows = rows;
        } else {
            int repeated = 0;
            while (repeated < rows.size() && repeated < headerRows.size()
                    && sameRow(rows.get(repeated), headerRows.get(repeated))) {
                repeated++;
            }
            rows = rows.subList(repeated, rows.size());
        }
        var out = new ArrayList<TextLine>();
        var free = page.lines();
        int f = 0;
        PrintedLine previousFree = null;
        for (var row : rows) {
            float top = row.get(0).top();
            while (f < free.size() && free.get(f).baseline() < top) {
                previousFree = addFree(out, free.get(f++), previousFree);
            }
            blank(out);
            addRow(out, row);
            blank(out);
            previousFree = null;
        }
        while (f < free.size()) {
            previousFree = addFree(out, free.get(f++), previousFree);
        }
        return out;
    }

    private static PrintedLine addFree(List<TextLine> out, PrintedLine line, PrintedLine previous) {
        if (previous != null && line.baseline() - previous.baseline() > PARAGRAPH_GAP_EM * line.em()) {
            blank(out);
        }
        out.add(TextLine.of(line.text()));
        return line;
    }

    /** A cell's lines and how each ends, with blank lines where it leaves whole lines empty. */
    private void addCell(List<TextLine> out, TableCell cell) {
        var lines = cell.lines();
        float pitch = spacing.pitch();
        float paragraph = spacing.paragraph();
        for (int i = 0; i < lines.size(); i++) {
            if (i + 1 == lines.size()) {
                out.add(new TextLine(lines.get(i).text(), LineEnd.BREAK));
                break;
            }
            float gap = lines.get(i + 1).baseline() - lines.get(i).baseline();
            boolean wraps = paragraph > 0 ? gap < pitch + paragraph / 2 : gap < pitch + SAME_PITCH && cell.full().get(i);
            out.add(new TextLine(lines.get(i).text(), wraps ? LineEnd.WRAP : LineEnd.BREAK));
            int skipped = pitch > 0 ? Math.round((gap - paragraph) / pitch) - 1 : 0;
            for (int k = 0; k < skipped; k++) {
                out.add(TextLine.BLANK);
            }
        }
    }

    private void addRow(List<TextLine> out, List<TableCell> row) {
        StringBuilder run = null;
        PrintedLine runLine = null;
        for (var cell : row) {
            if (cell.singleLine()) {
                var line = cell.lines().get(0);
                if (run != null && Math.abs(line.baseline() - runLine.baseline()) < SAME_BASELINE_EM * line.em()) {
                    run.append('\t').append(line.text());
                    continue;
                }
                if (run != null) {
                    out.add(new TextLine(run.toString(), LineEnd.BREAK));
                    blank(out);
                }
                run = new StringBuilder(line.text());
                runLine = line;
                continue;
            }
            if (run != null) {
                out.add(new TextLine(run.toString(), LineEnd.BREAK));
                run = null;
            }
            blank(out);
            addCell(out, cell);
            blank(out);
        }
        if (run != null) {
            out.add(new TextLine(run.toString(), LineEnd.BREAK));
        }
    }

    /** Adds a blank line unless the text is empty so far or already ends with one. */
    private static void blank(List<TextLine> out) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
            out.add(TextLine.BLANK);
        }
    }

    /** The cells in rows, top to bottom, each row left to right. */
    static List<List<TableCell>> rows(List<TableCell> cells) {
        var sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingDouble(TableCell::top).thenComparingDouble(TableCell::left));
        var rows = new ArrayList<List<TableCell>>();
        for (var cell : sorted) {
            if (rows.isEmpty() || cell.top() - rows.get(rows.size() - 1).get(0).top() > SAME_ROW) {
                rows.add(new ArrayList<>());
            }
            rows.get(rows.size() - 1).add(cell);
        }
        rows.forEach(row -> row.sort(Comparator.comparingDouble(TableCell::left)));
        return rows;
    }

    private static boolean sameRow(List<TableCell> a, List<TableCell> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            var x = a.get(i);
            var y = b.get(i);
            if (Math.abs(x.left() - y.left()) > SAME_ROW || Math.abs(x.right() - y.right()) > SAME_ROW
                    || !x.text().equals(y.text())) {
                return false;
            }
        }
        return true;
    }
}

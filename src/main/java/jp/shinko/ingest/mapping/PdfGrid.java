package jp.shinko.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import jp.shinko.ingest.pdf.PdfCells;

/**
 * A PDF's ruled table as a {@link Grid}, from the boxes of its cells (PDFBox positions,
 * {@link PdfCells}): the table's column borders are the left and right edges of all its cells over
 * all pages (a spreadsheet printed by LibreOffice keeps its column widths on every page), each
 * page's row borders the top and bottom edges of that page's cells. A merged cell spans the columns
 * and rows between its edges and is filled like a merged cell of a sheet ({@link XlsxGrid}): across
 * and down in the first {@code headerRows} rows, only down below them. Header rows that a page
 * repeats are dropped.
 */
final class PdfGrid {

    /** Edges this close (points) are one border. */
    private static final float SAME_EDGE = 1.5f;

    private PdfGrid() {
    }

    static Grid read(String file, byte[] bytes, int headerRows) {
        var cells = PdfCells.read(file, bytes);
        var columns = borders(cells.stream().flatMap(c -> java.util.stream.Stream.of(c.left(), c.right())).toList());
        var rows = new ArrayList<Grid.Row>();
        List<String> header = new ArrayList<>();
        int line = 0;
        int lastPage = cells.stream().mapToInt(PdfCells.Cell::page).max().orElse(0);
        for (int page = 1; page <= lastPage; page++) {
            int p = page;
            var onPage = cells.stream().filter(c -> c.page() == p).toList();
            if (onPage.isEmpty()) {
                continue;
            }
            var tops = borders(onPage.stream().flatMap(c -> java.util.stream.Stream.of(c.top(), c.bottom())).toList());
            int rowCount = tops.size() - 1;
            var grid = new ArrayList<List<Grid.Cell>>();
            for (int r = 0; r < rowCount; r++) {
                var list = new ArrayList<Grid.Cell>();
                for (int c = 0; c < columns.size() - 1; c++) {
                    list.add(Grid.Cell.BLANK);
                }
                grid.add(list);
            }
            for (var cell : onPage) {
                int top = index(tops, cell.top());
                int bottom = index(tops, cell.bottom());
                int left = index(columns, cell.left());
                int right = index(columns, cell.right());
                var value = new Grid.Cell(cell.text(), null, 0);
                for (int r = top; r < bottom; r++) {
                    boolean isHeader = rows.isEmpty() && r < headerRows;
                    for (int c = left; c < right; c++) {
                        if (r == top && c == left || isHeader || c == left) {
                            grid.get(r).set(c, value);
                        }
                    }
                }
            }
            int onPageRow = 0;
            for (var list : grid) {
                onPageRow++;
                var row = new Grid.Row(line + 1, page, onPageRow, list);
                String text = row.text();
                if (header.size() < headerRows && page == firstPage(cells)) {
                    header.add(text);
                } else if (onPageRow <= headerRows && header.contains(text)) {
                    continue; // a header repeated at the top of a page
                }
                line++;
                rows.add(row);
            }
        }
        return new Grid(file, true, rows);
    }

    private static int firstPage(List<PdfCells.Cell> cells) {
        return cells.stream().mapToInt(PdfCells.Cell::page).min().orElse(1);
    }

    /** Edges sorted and merged where they lie within {@link #SAME_EDGE} of each other. */
    private static List<Float> borders(List<Float> edges) {
        var sorted = new TreeSet<>(edges);
        var borders = new ArrayList<Float>();
        for (float edge : sorted) {
            if (borders.isEmpty() || edge - borders.get(borders.size() - 1) > SAME_EDGE) {
                borders.add(edge);
            }
        }
        return borders;
    }

    /** The index of the border nearest {@code edge}. */
    private static int index(List<Float> borders, float edge) {
        int best = 0;
        for (int i = 1; i < borders.size(); i++) {
            if (Math.abs(borders.get(i) - edge) < Math.abs(borders.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }
}

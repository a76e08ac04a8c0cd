package jp.shinko.report.official;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shinko.report.render.HtmlPdf;

/**
 * Writes a list as PDF from the template {@code templates/report/official-list.html}: the
 * original's paper, the Japanese font embedded, the title and "n / N" on every page, the table
 * header repeated after each page break and rows kept whole where they fit on a page.
 */
public final class ListPdf {

    private ListPdf() {
    }

    public static void write(ListDocument list, OutputStream out) {
        HtmlPdf.write("official-list", Map.of("list", list, "view", new View(list)), out);
    }

    /** The HTML the PDF is made from (for tests and for looking at the layout in a browser). */
    public static String html(ListDocument list) {
        return HtmlPdf.html("official-list", Map.of("list", list, "view", new View(list)));
    }

    /** One cell of the table header: text, spans, and whether it is printed one character per line. */
    public record HeaderCell(String text, int colspan, int rowspan, boolean vertical) {
        /** The characters of a vertical heading, one per printed line. */
        public List<String> characters() {
            return text.codePoints().mapToObj(Character::toString).toList();
        }
    }

    /** What the template needs beyond the list: widths in percent, header rows, CSS classes. */
    public static final class View {
        private final ListDocument list;

        View(ListDocument list) {
            this.list = list;
        }

        public List<String> widths() {
            double total = list.totalWidth();
            return list.columns().stream()
                    .map(c -> String.format(Locale.ROOT, "width: %.2f%%", c.width() * 100 / total)).toList();
        }

        public String fontSize() {
            return String.format(Locale.ROOT, "%.1fpt", list.fontSize());
        }

        public List<List<HeaderCell>> headerRows() {
            var columns = list.columns();
            if (!list.hasGroups()) {
                return List.of(columns.stream().map(c -> new HeaderCell(c.header(), 1, 1, c.vertical())).toList());
            }
            var top = new ArrayList<HeaderCell>();
            var bottom = new ArrayList<HeaderCell>();
            for (int c = 0; c < columns.size(); ) {
                var column = columns.get(c);
                if (column.group() == null) {
                    top.add(new HeaderCell(column.header(), 1, 2, column.vertical()));
                    c++;
                    continue;
                }
                int span = 0;
                while (c + span < columns.size() && column.group().equals(columns.get(c + span).group())) {
                    bottom.add(new HeaderCell(columns.get(c + span).header(), 1, 1, columns.get(c + span).vertical()));
                    span++;
                }
                top.add(new HeaderCell(column.group(), span, 1, false));
                c += span;
            }
            return List.of(top, bottom);
        }

        /** A cell's text line by line, each printed as a paragraph of its own. */
        public List<String> lines(ListCell cell) {
            return lines(cell.text());
        }

        /** Text line by line, each printed as a paragraph of its own. */
        public List<String> lines(String text) {
            return List.of(text.split("\n", -1));
        }

        /** The CSS class of a body cell: its column's kind. */
        public String cellClass(int column) {
            return list.columns().get(column).kind().name().toLowerCase(Locale.ROOT);
        }

        public int columnCount() {
            return list.columns().size();
        }

        /**
         * The rows in blocks that a page break must not split: an entry with the headings printed
         * just before it, so that a heading never stands alone at the foot of a page.
         */
        public List<List<ListRow>> blocks() {
            var blocks = new ArrayList<List<ListRow>>();
            var block = new ArrayList<ListRow>();
            for (var part : list.parts()) {
                for (var row : part.rows()) {
                    block.add(row);
                    if (row instanceof ListRow.Entry) {
                        blocks.add(block);
                        block = new ArrayList<>();
                    }
                }
            }
            if (!block.isEmpty()) {
                blocks.add(block);
            }
            return blocks;
        }

        public boolean isSection(ListRow row) {
            return row instanceof ListRow.Section;
        }
    }
}

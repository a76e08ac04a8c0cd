package jp.shinko.report.official;

import java.util.List;
import java.util.Objects;

/**
 * An official list ready to print, independent of the file format.
 *
 * @param title          the document title, printed on top and in every page's header or footer
 * @param corner         text for the top right corner of every page (資料３), or empty
 * @param paper          paper size and orientation
 * @param fontSize       body text size in points
 * @param legend         lines explaining marks and shading, printed under the title
 * @param preface        text before the table, or null
 * @param tableHeading   a heading right above the table, or null
 * @param columns        the table's columns
 * @param detailHeader   heading of the full-width line under each entry, or null if entries have none
 * @param parts          the rows, in parts (sheets of a workbook)
 * @param footnotes      lines printed after the table
 * @param frozenColumns  how many leading columns stay in view when scrolling a sheet sideways
 */
public record ListDocument(String title, String corner, Paper paper, double fontSize, List<String> legend,
                           Preface preface, String tableHeading, List<ListColumn> columns, String detailHeader,
                           List<ListPart> parts, List<String> footnotes, int frozenColumns) {

    public ListDocument {
        Objects.requireNonNull(title, "title");
        corner = corner == null ? "" : corner;
        legend = List.copyOf(legend);
        columns = List.copyOf(columns);
        parts = List.copyOf(parts);
        footnotes = List.copyOf(footnotes);
    }

    /** Whether the header has a row of group headings above the column headings. */
    public boolean hasGroups() {
        return columns.stream().anyMatch(c -> c.group() != null);
    }

    /** Every entry of every part, in order. */
    public List<ListRow.Entry> entries() {
        return parts.stream().flatMap(p -> p.rows().stream())
                .filter(ListRow.Entry.class::isInstance).map(ListRow.Entry.class::cast).toList();
    }

    /** The sum of the widths of all columns, in full-width characters. */
    public double totalWidth() {
        return columns.stream().mapToDouble(ListColumn::width).sum();
    }
}

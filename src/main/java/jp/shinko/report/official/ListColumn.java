package jp.shinko.report.official;

/**
 * One column of a list.
 *
 * @param header   the column's heading
 * @param group    heading over several neighbouring columns (printed on a row above), or null
 * @param width    width in full-width characters at the list's font size
 * @param kind     what the cells hold, which sets their alignment
 * @param vertical whether the heading is printed one character per line, as narrow columns of
 *                 the originals are
 */
public record ListColumn(String header, String group, double width, Kind kind, boolean vertical) {

    /** What a column's cells hold. */
    public enum Kind {
        /** Running text: wrapped, left-aligned. */
        TEXT,
        /** Short marks and codes: centred. */
        MARK,
        /** Amounts in thousand yen: right-aligned numbers. */
        AMOUNT
    }

    public static ListColumn text(String header, double width) {
        return new ListColumn(header, null, width, Kind.TEXT, false);
    }

    public static ListColumn mark(String header, double width) {
        return new ListColumn(header, null, width, Kind.MARK, false);
    }

    public static ListColumn amount(String header, double width) {
        return new ListColumn(header, null, width, Kind.AMOUNT, false);
    }

    public ListColumn under(String groupHeader) {
        return new ListColumn(header, groupHeader, width, kind, vertical);
    }

    public ListColumn printedVertically() {
        return new ListColumn(header, group, width, kind, true);
    }
}

package jp.shinko.report.official;

import java.util.List;

/** A row of a list: a heading of a policy node, or an entry (a project as listed there). */
public sealed interface ListRow {

    /** A node's heading spanning the whole width, e.g. 方向性1. 創業・事業承継の促進; level 1 is the top. */
    record Section(int level, String text) implements ListRow {
    }

    /**
     * A project as listed.
     *
     * @param detail   text printed on a full-width line below the cells (Kumamoto's 事業概要), or null
     * @param shaded   printed on a grey ground (網かけ): a body other than the city runs it
     * @param reListed a 再掲 entry, whose amounts totals must not count again
     */
    record Entry(List<ListCell> cells, String detail, boolean shaded, boolean reListed) implements ListRow {
        public Entry {
            cells = List.copyOf(cells);
        }
    }
}

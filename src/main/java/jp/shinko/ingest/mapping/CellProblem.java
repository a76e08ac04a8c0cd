package jp.shinko.ingest.mapping;

import java.util.Locale;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.Worded;

/**
 * What is wrong with one cell, at its place (事業一覧!C7, or 2ページ 表5行目 C列).
 *
 * @param line   the row's line in the source (0 where no row is meant)
 * @param column the 0-based column of the table (-1 where no column is meant)
 */
public record CellProblem(String place, int line, int column, Reason why) implements Worded {

    /** A problem at a place that is no cell of the table. */
    public CellProblem(String place, Reason why) {
        this(place, 0, -1, why);
    }

    static CellProblem at(Grid grid, Grid.Row row, int column, Reason why) {
        return new CellProblem(grid.place(row, column), row.line(), column, why);
    }

    @Override
    public String text(Locale locale) {
        return place + ": " + why.text(locale);
    }
}

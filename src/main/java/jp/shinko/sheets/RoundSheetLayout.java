package jp.shinko.sheets;

import java.util.List;

/**
 * Where things are in the round's workbook: the records sheet's columns (fixed, so an upload reads
 * what the download wrote) and the hidden sheet naming the plan, year and organization.
 */
final class RoundSheetLayout {

    static final String RECORDS = "記録";
    static final String META = "shinko";
    static final String LISTS = "選択肢";
    static final int HEADER_ROW = 2;
    static final int FIRST_ROW = 3;

    /** A column: its header, the form field it fills (null: read-only), and whether the editor fills it. */
    record Column(String header, String field, boolean input, int width) {
    }

    static final int NUMBER = 0;
    static final int NAME = 1;
    static final int LAST_BUDGET = 2;
    static final int LAST_OUTLOOK = 3;
    static final int LAST_CONTENT = 4;
    static final int BUDGET = 5;
    static final int CONTENT = 6;
    static final int OUTLOOK = 7;
    static final int EXPANSION = 8;
    static final int SETTLED = 9;
    static final int EVALUATION = 10;
    static final int RATE = 11;
    static final int VERSION = 12;

    static final List<Column> COLUMNS = List.of(
            new Column("№", null, false, 6),
            new Column("事業名", null, false, 30),
            new Column("前年度予算額（千円）", null, false, 12),
            new Column("前年度の今後の見通し", null, false, 14),
            new Column("前年度の事業内容", null, false, 40),
            new Column("予算額（千円）", "budget", true, 12),
            new Column("事業内容", "content", true, 40),
            new Column("今後の見通し", "outlook", true, 14),
            new Column("拡充要素（予定）", "expansionNote", true, 24),
            new Column("前年度決算額（千円）", "previousSettled", true, 12),
            new Column("評価", "evaluation", true, 8),
            new Column("達成率（％）", "achievementRate", true, 10),
            new Column("版", null, false, 4));

    private RoundSheetLayout() {
    }

    /** The column a form field is read from, else the № column. */
    static int columnOf(String field) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (field.equals(COLUMNS.get(i).field())) {
                return i;
            }
        }
        return NUMBER;
    }

    /** sheet!cell, e.g. 記録!F4, for a zero-based row and column. */
    static String cell(int row, int column) {
        return RECORDS + "!" + org.apache.poi.ss.util.CellReference.convertNumToColString(column) + (row + 1);
    }
}

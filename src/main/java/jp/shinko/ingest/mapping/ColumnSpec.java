package jp.shinko.ingest.mapping;

import java.util.Map;
import java.util.Objects;
import jp.shinko.plan.FiscalYear;

/**
 * One column of a mapping profile: where it is, the header it must carry there, and what it holds.
 *
 * @param index   0-based column (A = 0)
 * @param header  the header text the column must show, merged header rows joined with {@code /}
 * @param year    the fiscal year of an amount or evaluation column; null means the document's year
 * @param unit    the unit of an amount column
 * @param level   the tree level of a code or node-title column (1 = top); 0 when the code holds the whole path
 * @param split   the separator of a code column holding the whole path ({@code -} in 1-2-3); null otherwise
 * @param marks   for evaluation: the city's mark to the plan's mark; for flags: the marker to its meaning
 * @param project for a strategic column: the strategic project it stands for, or null
 */
public record ColumnSpec(int index, String header, Field field, FiscalYear year, AmountUnitName unit,
                         int level, String split, Map<String, String> marks, String project) {

    public ColumnSpec {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(field, "field");
        marks = marks == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(marks));
    }

    /** The column's letter as a spreadsheet prints it: A, B, …, Z, AA. */
    public String letter() {
        return letter(index);
    }

    public static String letter(int index) {
        var sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }

    /** The 0-based index of a column letter, or -1 when it is not one. */
    public static int index(String letter) {
        if (letter == null || !letter.matches("[A-Z]{1,3}")) {
            return -1;
        }
        int index = 0;
        for (char c : letter.toCharArray()) {
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }
}

package jp.shinko.csv;

import java.util.regex.Pattern;

/**
 * OWASP's rule against CSV injection: a cell that starts with {@code = + - @}, a tab or a
 * carriage return is what Excel, LibreOffice and Google Sheets may evaluate as a formula
 * ({@code =HYPERLINK(...)}, {@code @SUM(...)}, {@code -2+3}), so it is written with a leading
 * apostrophe, which the spreadsheets show as text. Plain numbers ({@code -1200}, {@code -0.5}) are
 * numbers to a spreadsheet, not formulas, and stay as they are so the open data still sums.
 *
 * <p>The change is reversible: a cell that already starts with an apostrophe followed by one of the
 * characters gets a second apostrophe, and {@link #restore} takes exactly one away — the template
 * reader uses it, so a workbook exported and imported again keeps its text.
 */
public final class CsvCell {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private CsvCell() {
    }

    /** The cell as written to a CSV file; null stays null (an empty cell). */
    public static String neutralize(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        boolean formula = risky(cell) && !NUMBER.matcher(cell).matches();
        boolean quoted = apostrophed(cell);
        if (formula || quoted) {
            return "'" + cell;
        }
        return cell;
    }

    /** The text of a cell read back from a file {@link #neutralize} wrote. */
    public static String restore(String cell) {
        if (cell != null && apostrophed(cell)) {
            return cell.substring(1);
        }
        return cell;
    }

    /** Whether a spreadsheet takes this cell as text or a number, never as a formula: what {@link #neutralize} gives. */
    public static boolean safe(String cell) {
        return !risky(cell) || NUMBER.matcher(cell).matches();
    }

    /** Apostrophes, then a character that could begin a formula. */
    private static boolean apostrophed(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && risky(cell.substring(i));
    }

    /** Whether the cell starts with a character that could begin a formula. */
    public static boolean risky(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}

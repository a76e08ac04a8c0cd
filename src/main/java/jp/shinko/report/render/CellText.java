package jp.shinko.report.render;

/**
 * How much room printed text takes, in full-width characters: a kanji or kana counts 1, a
 * half-width letter, digit or half-width kana 1/2. Spreadsheet row heights are computed from it,
 * because neither POI nor Excel sizes rows to wrapped text when a file is opened.
 */
public final class CellText {

    private CellText() {
    }

    /** The width of one line of text. */
    public static double width(String line) {
        double width = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            width += isHalfWidth(cp) ? 0.5 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** How many printed lines the text takes in a column this many full-width characters wide. */
    public static int lines(String text, double columnWidth) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (var line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(width(line) / Math.max(1, columnWidth)));
        }
        return lines;
    }

    private static boolean isHalfWidth(int cp) {
        return cp < 0x1100 || (cp >= 0xFF61 && cp <= 0xFFDC) || (cp >= 0xFFE8 && cp <= 0xFFEE);
    }
}

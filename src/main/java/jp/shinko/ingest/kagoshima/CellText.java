package jp.shinko.ingest.kagoshima;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the printed lines of a text cell: a line that filled the cell's width wrapped and joins
 * the next directly (also across a blank line, which the extraction sometimes puts inside a
 * sentence); a line that starts an item (１　, (1), ①, ・, ○, ※, 【…】 …) or follows a short line
 * starts a new line. Otherwise the text stays as printed.
 */
final class CellText {

    /** Lines at least this wide (in halves) in a summary or content cell have wrapped. */
    static final int CONTENT_WRAP = 42;
    /** Likewise for the narrower name and note cells. */
    static final int NOTE_WRAP = 24;

    private static final Pattern ITEM = Pattern.compile(
            "[\\s　]*(?:[0-9０-９]{1,2}[\\s　．.、)）]|[(（][0-9０-９ⅰ-ⅻa-zA-Z一二三四五六七八九十※]{1,3}[)）]"
                    + "|[⑴-⒇①-⑳㈠-㈩Ⅰ-Ⅻ]|[・･○〇◇◆■□●◎△▲※【＜<〔［]).*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。．）)」』]$");

    private CellText() {
    }

    /** Joins content lines ("" for a blank line) with the content cell's wrap width. */
    static String join(List<String> lines) {
        return join(lines, CONTENT_WRAP);
    }

    static String join(List<String> lines, int wrapHalves) {
        var out = new StringBuilder();
        String previous = null;
        boolean blankBefore = false;
        for (String raw : lines) {
            String line = raw.stripTrailing();
            if (line.isBlank()) {
                blankBefore = previous != null;
                continue;
            }
            if (previous == null) {
                out.append(line.strip());
            } else if (wrapped(previous, wrapHalves) && !ITEM.matcher(line).matches()) {
                out.append(line.strip());
            } else {
                out.append('\n').append(blankBefore ? line.strip() : line);
            }
            previous = line;
            blankBefore = false;
        }
        return out.toString();
    }

    private static boolean wrapped(String line, int wrapHalves) {
        return TextWidth.halves(line.strip()) >= wrapHalves && !SENTENCE_END.matcher(line).matches();
    }
}

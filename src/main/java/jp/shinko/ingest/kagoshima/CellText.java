package jp.shinko.ingest.kagoshima;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the printed lines of a text cell: a line that filled the cell's width wrapped and joins
 * the next directly (also across a blank line, which the extraction sometimes puts inside a
 * sentence); a line that starts an item (１　, (1), ①, ・, ○, ※, 【…】 …) or follows a short line
 * starts a new line. Otherwise the text stays as printed. Where the document tells how a line
 * ends (a PDF's table cell), that is followed instead of the width.
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

    /** Joins content lines (blank lines between) with the content cell's wrap width. */
    static String join(List<SourceLine> lines) {
        return join(lines, CONTENT_WRAP);
    }

    /**
     * Joins a cell's lines. Where the document tells how a line ends, a wrapped line runs on into
     * the next as printed and a broken one starts a new line; else the line's width decides.
     */
    static String join(List<SourceLine> lines, int wrapHalves) {
        var out = new StringBuilder();
        SourceLine previous = null;
        boolean blankBefore = false;
        for (var source : lines) {
            String line = source.wraps() ? source.text() : source.text().stripTrailing();
            if (line.isBlank()) {
                blankBefore = previous != null;
                continue;
            }
            if (previous == null) {
                out.append(line.stripLeading());
            } else if (previous.wraps()) {
                out.append(line);
            } else if (!previous.endKnown() && wrapped(previous.text(), wrapHalves) && !ITEM.matcher(line).matches()) {
                out.append(line.strip());
            } else {
                out.append('\n').append(blankBefore ? line.strip() : line);
            }
            previous = source;
            blankBefore = false;
        }
        return out.toString();
    }

    private static boolean wrapped(String line, int wrapHalves) {
        String t = line.stripTrailing();
        return TextWidth.halves(t.strip()) >= wrapHalves && !SENTENCE_END.matcher(t).matches();
    }
}

package jp.shinko.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line of text as printed on a page: the glyphs sharing a baseline, left to right. Gaps between
 * glyphs that carry no space glyph become a space, or a tab where the gap is as wide as a table's
 * column gap; spaces the PDF does print are kept as they are.
 *
 * @param page     1-based page number
 * @param baseline the line's baseline, in points from the top of the page
 * @param left     where the first glyph starts, in points from the left
 * @param em       the font size of the line's first glyph
 * @param text     the line's text, never with a leading or trailing tab
 */
record PrintedLine(int page, float baseline, float left, float em, String text) {

    /** A gap this many em wide or wider separates cells (a tab); column gaps are several em wide. */
    static final float COLUMN_GAP_EM = 2f;
    /** A gap this many em wide or wider separates words (a space); kerning stays well below. */
    static final float WORD_GAP_EM = 0.25f;
    /** Glyphs whose baselines differ by less than this many em stand on one line (sub/superscripts). */
    private static final float SAME_LINE_EM = 0.3f;

    /** The page's glyphs as lines, top to bottom. */
    static List<PrintedLine> of(int page, List<Glyph> glyphs) {
        var lines = new ArrayList<PrintedLine>();
        for (var row : rows(glyphs)) {
            lines.add(line(page, row));
        }
        lines.removeIf(line -> line.text().isEmpty());
        return lines;
    }

    /** The glyphs grouped by baseline, top to bottom, each group left to right. */
    static List<List<Glyph>> rows(List<Glyph> glyphs) {
        var sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        var rows = new ArrayList<List<Glyph>>();
        var row = new ArrayList<Glyph>();
        for (var glyph : sorted) {
            if (!row.isEmpty() && glyph.baseline() - row.get(0).baseline() >= SAME_LINE_EM * row.get(0).em()) {
                rows.add(sortedByX(row));
                row = new ArrayList<>();
            }
            row.add(glyph);
        }
        if (!row.isEmpty()) {
            rows.add(sortedByX(row));
        }
        return rows;
    }

    private static List<Glyph> sortedByX(List<Glyph> row) {
        row.sort(Comparator.comparingDouble(Glyph::x));
        return row;
    }

    /** The glyphs of one baseline (left to right) as a line. */
    static PrintedLine line(int page, List<Glyph> row) {
        var glyphs = new ArrayList<>(row);
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        var text = new StringBuilder();
        Glyph previous = null;
        for (var glyph : glyphs) {
            if (previous != null) {
                float gap = glyph.x() - previous.right();
                float em = Math.max(glyph.em(), previous.em());
                if (gap >= COLUMN_GAP_EM * em) {
                    text.append('\t');
                } else if (gap >= WORD_GAP_EM * em && !glyph.isSpace() && !previous.isSpace()) {
                    text.append(' ');
                }
            }
            text.append(glyph.text());
            previous = glyph;
        }
        var first = glyphs.get(0);
        return new PrintedLine(page, first.baseline(), first.x(), first.em(), text.toString());
    }
}

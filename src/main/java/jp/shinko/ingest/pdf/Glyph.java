package jp.shinko.ingest.pdf;

import org.apache.pdfbox.text.TextPosition;

/**
 * One printed character (or ligature) with its place on the page, in points from the top left of
 * the page as read (rotation applied).
 *
 * @param x        left edge
 * @param baseline distance of the baseline from the top
 * @param width    advance width
 * @param em       font size, the unit for gaps
 * @param text     the Unicode text the PDF maps the glyph to
 */
record Glyph(float x, float baseline, float width, float em, String text) {

    static Glyph of(TextPosition position) {
        float em = position.getFontSizeInPt();
        if (!(em > 0)) {
            // Some producers set the size in the text matrix only; the glyph height is the next best unit.
            em = Math.max(position.getHeightDir(), 1f);
        }
        return new Glyph(position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj(), em,
                position.getUnicode() == null ? "" : position.getUnicode());
    }

    float right() {
        return x + width;
    }

    boolean isSpace() {
        return !text.isEmpty() && text.isBlank();
    }
}

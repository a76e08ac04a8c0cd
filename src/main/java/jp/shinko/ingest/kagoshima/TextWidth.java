package jp.shinko.ingest.kagoshima;

/**
 * Printed width of text in full-width character units, counted in halves: ASCII and half-width
 * katakana are one half, everything else two. Cell wraps are recognised by how full a line is.
 */
final class TextWidth {

    private TextWidth() {
    }

    /** Width in half units (a full-width character is 2). */
    static int halves(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += c < 0x80 || (c >= '\uFF61' && c <= '\uFF9F') ? 1 : 2;
        }
        return width;
    }

    /** Width in full-width characters, rounded down. */
    static int full(String text) {
        return halves(text.strip()) / 2;
    }
}

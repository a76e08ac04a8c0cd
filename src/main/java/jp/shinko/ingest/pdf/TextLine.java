package jp.shinko.ingest.pdf;

import jp.shinko.ingest.LineEnd;

/** A line of the text laid out from a PDF, and how it ends. */
record TextLine(String text, LineEnd end) {

    static final TextLine BLANK = new TextLine("", LineEnd.BREAK);

    /** A line whose end is not known (text outside a table). */
    static TextLine of(String text) {
        return new TextLine(text, LineEnd.UNKNOWN);
    }

    boolean isBlank() {
        return text.isBlank();
    }
}

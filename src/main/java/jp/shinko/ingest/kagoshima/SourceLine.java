package jp.shinko.ingest.kagoshima;

import jp.shinko.ingest.LineEnd;

/**
 * One line of the document: its 1-based number, text and how it ends where the document tells
 * (a PDF's table cells); furniture removed leaves a blank.
 */
record SourceLine(int number, String text, LineEnd end) {

    /** A line of plain text, whose end is not known. */
    SourceLine(int number, String text) {
        this(number, text, LineEnd.UNKNOWN);
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** The text without leading or trailing ASCII and ideographic spaces. */
    String trimmed() {
        return text.strip();
    }

    /** The same line end with other text (a part of the line). */
    SourceLine withText(String part) {
        return new SourceLine(number, part, end);
    }

    /** Whether the document says the line wrapped: its text runs on into the next line. */
    boolean wraps() {
        return end == LineEnd.WRAP;
    }

    /** Whether the document says how the line ends, so that its width need not be judged. */
    boolean endKnown() {
        return end != LineEnd.UNKNOWN;
    }
}

package jp.shinko.ingest;

/**
 * How a line of a document's text ends, where the document tells: text laid out from a PDF's
 * table cells knows whether a cell's line was full and wrapped or was broken; plain text does not,
 * and its parser judges by the line's width.
 */
public enum LineEnd {
    /** Not known: the parser judges (plain text, text outside a table). */
    UNKNOWN,
    /** The line was full and the text runs on into the next line. */
    WRAP,
    /** The text breaks here: the next line starts a new line of the cell, or another cell. */
    BREAK
}

package jp.shinko.ingest.kagoshima;

/** A position in a record's lines: line index and character offset in that line. */
record Cursor(int line, int offset) {
}

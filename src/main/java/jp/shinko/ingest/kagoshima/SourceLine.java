package jp.shinko.ingest.kagoshima;

/** One line of the document: its 1-based number and text; furniture removed leaves a blank. */
record SourceLine(int number, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    /** The text without leading or trailing ASCII and ideographic spaces. */
    String trimmed() {
        return text.strip();
    }
}

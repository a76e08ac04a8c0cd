package jp.shinko.template;

/**
 * A column of a template sheet: its Japanese header, the stable English id the reader accepts
 * as well, and the type of its values.
 */
record Column(String label, String id, Type type, boolean required) {

    /** What a column holds; decides the XLSX cell format and what the reader accepts. */
    enum Type {
        /** Free text, kept exactly. */
        TEXT,
        /** Text that usually spans lines (summaries, contents): wrapped in XLSX. */
        LONG_TEXT,
        /** Several items, one per line (see {@link ListCell}). */
        LIST,
        /** An amount in 千円: a number, ―, 非公開 or blank. */
        AMOUNT,
        /** A whole number. */
        INTEGER,
        /** A decimal number. */
        DECIMAL,
        /** A fiscal year: 2019, or 令和元年度 / R1 / H31. */
        YEAR,
        /** A date, 2024-03-31. */
        DATE,
        /** A month, 2024-03. */
        MONTH,
        /** ○ or blank. */
        FLAG,
        /** One of a fixed set of words. */
        CHOICE
    }

    static Column required(String label, String id, Type type) {
        return new Column(label, id, type, true);
    }

    static Column optional(String label, String id, Type type) {
        return new Column(label, id, type, false);
    }

    /** Whether a header cell names this column, by its Japanese header or its English id. */
    boolean isNamed(String header) {
        String name = header.strip();
        return name.equals(label) || name.equalsIgnoreCase(id);
    }
}

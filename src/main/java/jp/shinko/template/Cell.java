package jp.shinko.template;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as both file formats see it: blank, text, a number or a date. CSV cells are always
 * text; an XLSX cell keeps its number or date so amounts stay numbers.
 */
record Cell(String text, BigDecimal number, LocalDate date) {

    static final Cell BLANK = new Cell(null, null, null);

    static Cell text(String text) {
        return text == null || text.isEmpty() ? BLANK : new Cell(text, null, null);
    }

    static Cell number(long number) {
        return new Cell(null, BigDecimal.valueOf(number), null);
    }

    static Cell number(BigDecimal number) {
        return number == null ? BLANK : new Cell(null, number, null);
    }

    static Cell date(LocalDate date) {
        return date == null ? BLANK : new Cell(null, null, date);
    }

    /** A flag column's cell: ○ or blank. */
    static Cell flag(boolean on) {
        return on ? text(Flags.ON) : BLANK;
    }

    /** Blank, or text of white space only, which a person cannot tell from blank. */
    boolean isBlank() {
        return text == null ? number == null && date == null : text.isBlank();
    }

    /** The cell as text: numbers in plain notation, dates as ISO {@code 2024-03-31}. */
    String asText() {
        if (text != null) {
            return text;
        }
        if (number != null) {
            return number.toPlainString();
        }
        return date != null ? date.toString() : "";
    }
}

package jp.shinko.template;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.shinko.era.EraParseException;
import jp.shinko.era.JapaneseYearParser;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.Worded;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;

/**
 * One data row of a sheet with typed access to its cells; every value that cannot be read
 * becomes a {@link ParseException} naming the file, the sheet, the row and the column.
 */
final class SheetRow {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-M");

    private final SheetRows sheet;
    private final Table.Row row;

    SheetRow(SheetRows sheet, Table.Row row) {
        this.sheet = sheet;
        this.row = row;
    }

    int line() {
        return row.line();
    }

    Cell cell(Column column) {
        return sheet.cell(row, column);
    }

    /** The text exactly as written, or null if the cell is blank. */
    String text(Column column) {
        var cell = cell(column);
        return cell.isBlank() ? null : cell.asText();
    }

    /** The text exactly as written, or "" if the cell is blank. */
    String textOrEmpty(Column column) {
        String text = text(column);
        return text == null ? "" : text;
    }

    /** A key or name that must be given, without surrounding spaces. */
    String key(Column column) {
        String text = text(column);
        if (text == null) {
            throw error(column, Reason.of("template.blank"));
        }
        return text.strip();
    }

    Amount amount(Column column) {
        return AmountCell.read(cell(column), reason -> error(column, reason));
    }

    List<String> list(Column column) {
        return ListCell.read(cell(column));
    }

    boolean flag(Column column) {
        String text = text(column);
        if (text == null) {
            return false;
        }
        Boolean value = Flags.of(text);
        if (value == null) {
            throw error(column, Reason.of("template.flag", text));
        }
        return value;
    }

    /** A whole number, or null if blank. */
    Integer integer(Column column) {
        BigDecimal value = decimal(column, "template.not-integer");
        try {
            return value == null ? null : value.intValueExact();
        } catch (ArithmeticException e) {
            throw error(column, Reason.of("template.not-integer", cell(column).asText()));
        }
    }

    /** A decimal number, or null if blank. */
    BigDecimal decimal(Column column) {
        return decimal(column, "template.not-number");
    }

    /** @param notOne the key of the reason a value is not one */
    private BigDecimal decimal(Column column, String notOne) {
        var cell = cell(column);
        if (cell.isBlank()) {
            return null;
        }
        BigDecimal value = cell.number() != null ? cell.number() : parseNumber(cell.asText());
        if (value == null) {
            throw error(column, Reason.of(notOne, cell.asText()));
        }
        return value;
    }

    /** A fiscal year, Gregorian (2019) or Japanese (令和元年度, R1, H31), or null if blank. */
    FiscalYear year(Column column) {
        var cell = cell(column);
        if (cell.isBlank()) {
            return null;
        }
        try {
            if (cell.number() != null) {
                return FiscalYear.of(cell.number().intValueExact());
            }
            return JapaneseYearParser.parseYear(cell.asText(), null);
        } catch (EraParseException e) {
            throw error(column, Reason.of("template.era", (Worded) e::message));
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw error(column, Reason.of("template.not-year", cell.asText()));
        }
    }

    FiscalYear requiredYear(Column column) {
        FiscalYear year = year(column);
        if (year == null) {
            throw error(column, Reason.of("template.blank"));
        }
        return year;
    }

    LocalDate date(Column column) {
        var cell = cell(column);
        if (cell.isBlank() || cell.date() != null) {
            return cell.date();
        }
        try {
            return LocalDate.parse(cell.asText().strip().replace('/', '-'), DATE);
        } catch (DateTimeException e) {
            throw error(column, Reason.of("template.not-date", cell.asText()));
        }
    }

    YearMonth month(Column column) {
        var cell = cell(column);
        if (cell.isBlank()) {
            return null;
        }
        if (cell.date() != null) {
            return YearMonth.from(cell.date());
        }
        try {
            return YearMonth.parse(cell.asText().strip().replace('/', '-'), MONTH);
        } catch (DateTimeException e) {
            throw error(column, Reason.of("template.not-month", cell.asText()));
        }
    }

    /** One of an enum's values by its Japanese label (the map's values) or its name, or null if blank. */
    <E extends Enum<E>> E choice(Column column, Map<E, String> labels) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String word = text.strip();
        return labels.entrySet().stream()
                .filter(e -> e.getValue().equals(word) || e.getKey().name().equalsIgnoreCase(word))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> error(column, Reason.of("template.not-a-choice", text, List.copyOf(labels.values()))));
    }

    /** Builds a model value from this row; an invariant it breaks is reported at this row. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw error(Reason.of("template.invalid-row", Reason.detail(e)));
        }
    }

    ParseException error(Reason reason) {
        return sheet.error(row.line(), reason);
    }

    ParseException error(Column column, Reason reason) {
        return sheet.error(row.line(), column, reason);
    }

    /** A number written as text: full-width digits and thousands separators allowed; null if not one. */
    static BigDecimal parseNumber(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(",", "");
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(plain);
    }
}

package jp.shinko.template;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.function.Function;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.Amount;

/**
 * How an amount in 千円 is written in a cell: a number for a value (0 included), ― for none,
 * 非公開 for undisclosed, and a blank cell for not stated.
 */
final class AmountCell {

    static final String NONE = "―";
    static final String UNDISCLOSED = "非公開";

    /** The dashes lists print for "no amount"; the reader takes any of them. */
    private static final Set<String> DASHES = Set.of(NONE, "－", "-", "—", "‐", "ー");

    private AmountCell() {
    }

    static Cell write(Amount amount) {
        return switch (amount.kind()) {
            case VALUE -> Cell.number(amount.thousandYen());
            case NONE -> Cell.text(NONE);
            case UNDISCLOSED -> Cell.text(UNDISCLOSED);
            case NOT_STATED -> Cell.BLANK;
        };
    }

    static Amount read(Cell cell, Function<Reason, ParseException> error) {
        if (cell.isBlank()) {
            return Amount.notStated();
        }
        BigDecimal value = cell.number();
        if (value == null) {
            String text = cell.asText().strip();
            if (DASHES.contains(text)) {
                return Amount.none();
            }
            if (text.equals(UNDISCLOSED)) {
                return Amount.undisclosed();
            }
            value = SheetRow.parseNumber(accountingMinus(text));
            if (value == null) {
                throw error.apply(Reason.of("template.not-amount", cell.asText(), NONE, UNDISCLOSED));
            }
        }
        if (value.signum() < 0) {
            throw error.apply(Reason.of("template.amount-negative", cell.asText()));
        }
        try {
            return Amount.ofThousandYen(value.longValueExact());
        } catch (ArithmeticException e) {
            throw error.apply(Reason.of("template.amount-fraction", cell.asText()));
        }
    }

    /** Japanese accounts write a negative number as △1,000 or ▲1,000. */
    private static String accountingMinus(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return normalized.matches("[△▲]\\s*[\\d,.]+") ? "-" + normalized.substring(1).strip() : normalized;
    }
}

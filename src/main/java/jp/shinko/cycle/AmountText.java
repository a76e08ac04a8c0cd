package jp.shinko.cycle;

import java.util.Optional;
import jp.shinko.command.Problem;
import jp.shinko.plan.Amount;

/**
 * An amount in thousand yen as typed into a form: {@code １，２００} is 1,200千円; a dash (―, －,
 * -) is "no amount"; 非公開 is undisclosed; a trailing 千円 is allowed. Negative numbers,
 * decimals and anything else are refused with the field's message.
 */
final class AmountText {

    /** At most 15 digits: well inside a long, and more than any municipal budget in 千円. */
    private static final int MAX_DIGITS = 15;

    private AmountText() {
    }

    /** The result of reading one field: an amount, nothing typed, or a problem. */
    record Reading(Optional<Amount> amount, Problem problem) {
        boolean blank() {
            return amount.isEmpty() && problem == null;
        }
    }

    static Reading read(String field, String text) {
        if (text == null || text.isBlank()) {
            return new Reading(Optional.empty(), null);
        }
        var folded = TypedNumber.fold(text);
        if (folded.endsWith("千円")) {
            folded = folded.substring(0, folded.length() - 2);
        }
        if (folded.matches("-+")) {
            return new Reading(Optional.of(Amount.none()), null);
        }
        if (folded.equals("非公開")) {
            return new Reading(Optional.of(Amount.undisclosed()), null);
        }
        if (folded.startsWith("-") || folded.startsWith("▲") || folded.startsWith("△")) {
            return problem(field, "amount.negative");
        }
        if (!TypedNumber.isGroupedDigits(folded)) {
            return problem(field, folded.matches("[\\d,]*\\.\\d*") ? "amount.decimal" : "amount.format");
        }
        var digits = folded.replace(",", "");
        if (digits.replaceFirst("^0+(?=\\d)", "").length() > MAX_DIGITS) {
            return problem(field, "amount.too-large");
        }
        return new Reading(Optional.of(Amount.ofThousandYen(Long.parseLong(digits))), null);
    }

    private static Reading problem(String field, String code) {
        return new Reading(Optional.empty(), Problem.of(field, code));
    }
}

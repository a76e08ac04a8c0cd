package jp.shinko.cycle;

import java.math.BigDecimal;
import java.util.Optional;
import jp.shinko.command.Problem;

/** An achievement rate in percent as typed: {@code 85}, {@code ８５．５％}; never negative. */
final class RateText {

    private static final BigDecimal LIMIT = BigDecimal.valueOf(100_000);

    private RateText() {
    }

    /** The rate, empty when nothing was typed; a problem for {@code field} otherwise. */
    record Reading(Optional<BigDecimal> rate, Problem problem) {
    }

    static Reading read(String field, String text) {
        if (text == null || text.isBlank()) {
            return new Reading(Optional.empty(), null);
        }
        var folded = TypedNumber.fold(text);
        if (folded.endsWith("%")) {
            folded = folded.substring(0, folded.length() - 1);
        }
        if (folded.startsWith("-")) {
            return new Reading(Optional.empty(), Problem.of(field, "rate.negative"));
        }
        if (!folded.matches("\\d{1,6}(\\.\\d{1,3})?")) {
            return new Reading(Optional.empty(), Problem.of(field, "rate.format"));
        }
        var rate = new BigDecimal(folded);
        if (rate.compareTo(LIMIT) > 0) {
            return new Reading(Optional.empty(), Problem.of(field, "rate.format"));
        }
        return new Reading(Optional.of(rate), null);
    }
}

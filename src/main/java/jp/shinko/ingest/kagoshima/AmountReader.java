package jp.shinko.ingest.kagoshima;

import java.util.Set;
import java.util.regex.Pattern;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.Amount;

/**
 * Reads an amount cell in thousand yen: 1,100 or 0; a dash (―, －, -) is no amount, 非公開 is
 * undisclosed. A token that starts like a number but is not one (1,2x0) is an error.
 */
final class AmountReader {

    static final Set<String> DASHES = Set.of("―", "－", "-", "—", "‐", "−");
    static final String UNDISCLOSED = "非公開";
    private static final Pattern VALID = Pattern.compile("0|[1-9][0-9]{0,2}(,[0-9]{3})*|[1-9][0-9]*");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9][0-9,.a-zA-Z]*");

    private final String fileName;

    AmountReader(String fileName) {
        this.fileName = fileName;
    }

    static boolean isDash(String token) {
        return DASHES.contains(token);
    }

    /** Whether the token stands where an amount may: a number-like token, a dash or 非公開. */
    static boolean isAmountLike(String token) {
        return isDash(token) || token.equals(UNDISCLOSED) || NUMBER_LIKE.matcher(token).matches();
    }

    static boolean isNumberLike(String token) {
        return NUMBER_LIKE.matcher(token).matches();
    }

    Amount read(String token, int line) {
        if (isDash(token)) {
            return Amount.none();
        }
        if (token.equals(UNDISCLOSED)) {
            return Amount.undisclosed();
        }
        if (!VALID.matcher(token).matches()) {
            throw new ParseException(fileName, line, Reason.of("kagoshima.amount", token));
        }
        return Amount.ofThousandYen(Long.parseLong(token.replace(",", "")));
    }
}

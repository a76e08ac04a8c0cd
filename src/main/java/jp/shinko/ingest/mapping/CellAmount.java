package jp.shinko.ingest.mapping;

import jp.shinko.ingest.Reason;
import jp.shinko.plan.Amount;

/**
 * An amount cell as read: a number of yen with the unit it was published in, a dash (none),
 * 非公開, blank, or refused with the reason.
 */
public record CellAmount(Amount.Kind kind, long yen, AmountUnitName unit, Reason refusal) {

    static CellAmount of(long yen, AmountUnitName unit) {
        return new CellAmount(Amount.Kind.VALUE, yen, unit, null);
    }

    static CellAmount absent(Amount.Kind kind) {
        return new CellAmount(kind, 0, null, null);
    }

    static CellAmount refused(Reason why) {
        return new CellAmount(null, 0, null, why);
    }

    boolean isRefused() {
        return refusal != null;
    }
}

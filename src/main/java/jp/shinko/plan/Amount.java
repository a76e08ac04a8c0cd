package jp.shinko.plan;

import java.util.Objects;

/**
 * A money amount in thousand yen (千円) as a published list states it. Absent is not zero:
 * a cell printed as ― ({@link Kind#NONE}), 非公開 ({@link Kind#UNDISCLOSED}) or not printed at
 * all ({@link Kind#NOT_STATED}) carries no number.
 */
public record Amount(Kind kind, long thousandYen) {

    /** How the amount was given. */
    public enum Kind {
        /** A number, possibly zero. */
        VALUE,
        /** Printed as a dash (―, －, -): no amount. */
        NONE,
        /** Printed as 非公開: an amount exists but is not disclosed. */
        UNDISCLOSED,
        /** The document gives nothing for this cell. */
        NOT_STATED
    }

    private static final Amount NONE = new Amount(Kind.NONE, 0);
    private static final Amount UNDISCLOSED = new Amount(Kind.UNDISCLOSED, 0);
    private static final Amount NOT_STATED = new Amount(Kind.NOT_STATED, 0);

    public Amount {
        Objects.requireNonNull(kind, "kind");
        if (thousandYen < 0) {
            throw new IllegalArgumentException("金額は0以上の千円単位の整数です: " + thousandYen);
        }
        if (kind != Kind.VALUE && thousandYen != 0) {
            throw new IllegalArgumentException("an absent amount carries no number: " + kind);
        }
    }

    public static Amount ofThousandYen(long thousandYen) {
        return new Amount(Kind.VALUE, thousandYen);
    }

    public static Amount none() {
        return NONE;
    }

    public static Amount undisclosed() {
        return UNDISCLOSED;
    }

    public static Amount notStated() {
        return NOT_STATED;
    }

    public boolean isPresent() {
        return kind == Kind.VALUE;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case VALUE -> thousandYen + "千円";
            case NONE -> "―";
            case UNDISCLOSED -> "非公開";
            case NOT_STATED -> "";
        };
    }
}

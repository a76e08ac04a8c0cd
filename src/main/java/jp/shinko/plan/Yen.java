package jp.shinko.plan;

import java.util.Objects;

/**
 * An amount of money in exact yen with the unit it was published in: {@code 46億9,456万4千円} is
 * 4,694,564,000 yen published in 千円. Absent is not zero and not undisclosed, as for
 * {@link Amount}: the kind says which. Unlike {@link Amount} a value may be negative (a 補正 of
 * △1,200, a 流用 out of the project).
 */
public record Yen(Amount.Kind kind, long yen, AmountUnit unit) {

    private static final Yen NONE = new Yen(Amount.Kind.NONE, 0, null);
    private static final Yen UNDISCLOSED = new Yen(Amount.Kind.UNDISCLOSED, 0, null);
    private static final Yen NOT_STATED = new Yen(Amount.Kind.NOT_STATED, 0, null);

    public Yen {
        Objects.requireNonNull(kind, "kind");
        if (kind == Amount.Kind.VALUE) {
            Objects.requireNonNull(unit, "unit");
        } else if (yen != 0) {
            throw new IllegalArgumentException("an absent amount carries no number: " + kind);
        }
    }

    public static Yen of(long yen, AmountUnit unit) {
        return new Yen(Amount.Kind.VALUE, yen, unit);
    }

    public static Yen none() {
        return NONE;
    }

    public static Yen undisclosed() {
        return UNDISCLOSED;
    }

    public static Yen notStated() {
        return NOT_STATED;
    }

    /** The same figure as a 千円 {@link Amount} of the sample lists keeps it. */
    public static Yen of(Amount amount) {
        return switch (amount.kind()) {
            case VALUE -> of(Math.multiplyExact(amount.thousandYen(), 1_000L), AmountUnit.THOUSAND_YEN);
            case NONE -> NONE;
            case UNDISCLOSED -> UNDISCLOSED;
            case NOT_STATED -> NOT_STATED;
        };
    }

    public boolean isPresent() {
        return kind == Amount.Kind.VALUE;
    }

    /** True when the figure is a whole number of its unit, so it prints back exactly in it. */
    public boolean isWholeUnits() {
        return !isPresent() || yen % unit.yen() == 0;
    }

    /** Back to a 千円 {@link Amount}, only when that is exact and not negative; else empty. */
    public java.util.Optional<Amount> toThousandYen() {
        return switch (kind) {
            case VALUE -> yen >= 0 && yen % 1_000 == 0
                    ? java.util.Optional.of(Amount.ofThousandYen(yen / 1_000)) : java.util.Optional.empty();
            case NONE -> java.util.Optional.of(Amount.none());
            case UNDISCLOSED -> java.util.Optional.of(Amount.undisclosed());
            case NOT_STATED -> java.util.Optional.of(Amount.notStated());
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case VALUE -> yen + "円(" + unit.label() + ")";
            case NONE -> "―";
            case UNDISCLOSED -> "非公開";
            case NOT_STATED -> "";
        };
    }
}

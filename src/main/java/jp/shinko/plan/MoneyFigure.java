package jp.shinko.plan;

import java.util.Objects;

/**
 * One money figure of a project-year as its document printed it: the kind, a label where the
 * kind needs one (6月補正), the amount in exact yen with its unit, and where it was read
 * ({@code 決算!F12}, {@code p3 r5 c4}, {@code L120}; empty when typed in).
 */
public record MoneyFigure(MoneyKind kind, String label, Yen amount, String place) {

    public MoneyFigure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        label = label == null ? "" : label.strip();
        place = place == null ? "" : place;
        if (amount.isPresent() && amount.yen() < 0 && !kind.mayBeNegative()) {
            throw new InvalidPlanException(kind.label() + " は負の金額にできません: " + amount.yen() + "円");
        }
        if (!label.isEmpty() && !kind.repeatable()) {
            throw new InvalidPlanException(kind.label() + " には名称を付けられません: " + label);
        }
    }

    public static MoneyFigure of(MoneyKind kind, Yen amount) {
        return new MoneyFigure(kind, "", amount, "");
    }

    /** The name to print: the label (6月補正) where there is one, else the kind's (当初予算). */
    public String name() {
        return label.isEmpty() ? kind.label() : label;
    }
}

package jp.shinko.cycle;

import jp.shinko.plan.Amount;

/** Prints amounts for pages and forms: 1,200 / ― / 非公開 / empty. */
public final class AmountFormat {

    private AmountFormat() {
    }

    /** For display; null and not-stated print as empty. */
    public static String of(Amount amount) {
        if (amount == null) {
            return "";
        }
        return switch (amount.kind()) {
            case VALUE -> String.format("%,d", amount.thousandYen());
            case NONE -> "―";
            case UNDISCLOSED -> "非公開";
            case NOT_STATED -> "";
        };
    }

    /** For a form field: the same, so that reading it back gives the same amount. */
    static String forInput(Amount amount) {
        return of(amount);
    }
}

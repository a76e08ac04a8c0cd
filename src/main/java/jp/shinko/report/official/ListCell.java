package jp.shinko.report.official;

import jp.shinko.plan.Amount;

/** One cell of a list row: text, or an amount that spreadsheets keep as a number. */
public sealed interface ListCell {

    /** The cell as printed. */
    String text();

    static ListCell of(String text) {
        return new Text(text == null ? "" : text);
    }

    static ListCell of(Amount amount) {
        return new Money(amount);
    }

    /** Text as printed; lines separated by {@code \n}. */
    record Text(String text) implements ListCell {
    }

    /** An amount in thousand yen: a number, or ― / 非公開 / nothing where the list has none. */
    record Money(Amount amount) implements ListCell {
        @Override
        public String text() {
            return switch (amount.kind()) {
                case VALUE -> String.format("%,d", amount.thousandYen());
                case NONE -> "―";
                case UNDISCLOSED -> "非公開";
                case NOT_STATED -> "";
            };
        }
    }
}

package jp.shinko.amount;

import java.util.Locale;

/** A text that is not an amount; {@link #getMessage()} is Japanese and quotes the text. */
public class AmountFormatException extends IllegalArgumentException {

    private final transient AmountReading reading;

    public AmountFormatException(AmountReading reading) {
        super(reading.message(Locale.JAPANESE));
        this.reading = reading;
    }

    public AmountReading reading() {
        return reading;
    }

    public AmountRefusal refusal() {
        return reading.refusal();
    }
}

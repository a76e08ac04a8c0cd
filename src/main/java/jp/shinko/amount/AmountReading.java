package jp.shinko.amount;

import java.util.Locale;
import java.util.Objects;
import jp.shinko.plan.AmountUnit;
import jp.shinko.plan.Yen;

/**
 * What {@link AmountReader} made of one text: an amount ({@link #yen()}), or a refusal with its
 * reason. {@code columnUnit} is the unit the reader was told the text is in, for the message.
 */
public record AmountReading(String text, Yen yen, AmountRefusal refusal, AmountUnit columnUnit) {

    public AmountReading {
        if ((yen == null) == (refusal == null)) {
            throw new IllegalArgumentException("either an amount or a refusal");
        }
    }

    static AmountReading of(String text, Yen yen) {
        return new AmountReading(text, yen, null, null);
    }

    static AmountReading refused(String text, AmountRefusal refusal, AmountUnit columnUnit) {
        return new AmountReading(text, null, Objects.requireNonNull(refusal), columnUnit);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** The amount; a refusal throws {@link AmountFormatException} with its Japanese message. */
    public Yen orElseThrow() {
        if (refusal != null) {
            throw new AmountFormatException(this);
        }
        return yen;
    }

    /** The refusal worded for a reader (English for English, else Japanese); empty for an amount. */
    public String message(Locale locale) {
        return refusal == null ? "" : refusal.message(text, columnUnit == null ? null : columnUnit.label(), locale);
    }
}

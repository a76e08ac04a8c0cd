package jp.shinko.amount;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a cell is not an amount. Each is a key of {@code amount/messages.properties} (English) and
 * {@code amount/messages_ja.properties} (Japanese), worded with the text as given.
 */
public enum AmountRefusal {
    /** 約300, 300程度, 300余, 300前後: an estimate is not a figure. */
    APPROXIMATE("approximate"),
    /** 100～200: a range is not a figure. */
    RANGE("range"),
    /** 300以上, 300未満: a bound is not a figure. */
    BOUND("bound"),
    /** Words, a percentage, or anything else that is not a number. */
    NOT_A_NUMBER("not-a-number"),
    /** 1,20,0: commas not between groups of three digits. */
    BAD_GROUPING("bad-grouping"),
    /** 1.5円, or 1.2345千円: less than one yen. */
    FRACTION_OF_YEN("fraction-of-yen"),
    /** 34,114円 in a 千円 column. */
    UNIT_MISMATCH("unit-mismatch"),
    /** A bare number where no unit is known (no column unit, none written). */
    NO_UNIT("no-unit"),
    /** 4億5億, or 3千万2億: units not in descending order. */
    UNIT_ORDER("unit-order"),
    /** More yen than a long holds (about 9.2 × 10^18). */
    TOO_LARGE("too-large");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String key;

    AmountRefusal(String key) {
        this.key = key;
    }

    public String key() {
        return "amount." + key;
    }

    /**
     * The message for {@code text} in the language of {@code locale} (English for English, else
     * Japanese); {@code columnUnit} is the column's unit label where the message names it.
     */
    public String message(String text, String columnUnit, Locale locale) {
        var bundle = ResourceBundle.getBundle("amount.messages",
                "en".equals(locale.getLanguage()) ? Locale.ROOT : Locale.JAPANESE, NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), bundle.getLocale())
                .format(new Object[] {text, columnUnit == null ? "" : columnUnit});
    }
}

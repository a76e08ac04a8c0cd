package jp.shinko.era;

import java.util.Locale;

/**
 * A year or year span that cannot be read; the message quotes the text as given. {@link #getMessage()}
 * is Japanese; {@link #message(Locale)} words it in a reader's language (English or Japanese).
 */
public class EraParseException extends IllegalArgumentException {

    private final String input;
    private final EraMessage reason;

    public EraParseException(String input, EraMessage reason) {
        super(EraMessage.of("unreadable", input, reason).toString());
        this.input = input;
        this.reason = reason;
    }

    /** The text as the caller gave it, not normalized. */
    public String input() {
        return input;
    }

    /** Why the text is not a year, without the text. */
    public EraMessage reason() {
        return reason;
    }

    /** 「R0」を年度として読めません: 令和0年はありません, or in English for an English locale. */
    public String message(Locale locale) {
        return EraMessage.of("unreadable", input, reason).text(locale);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}

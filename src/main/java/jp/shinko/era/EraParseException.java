package jp.shinko.era;

/** A year or year span that cannot be read; the message (Japanese) quotes the text as given. */
public class EraParseException extends IllegalArgumentException {

    private final String input;

    public EraParseException(String input, String reason) {
        super("「" + input + "」を年度として読めません: " + reason);
        this.input = input;
    }

    /** The text as the caller gave it, not normalized. */
    public String input() {
        return input;
    }
}

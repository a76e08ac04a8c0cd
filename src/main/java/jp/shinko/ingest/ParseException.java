package jp.shinko.ingest;

import java.util.Locale;

/**
 * A document that cannot be read: names the file, the 1-based line (0 for the whole file) and
 * the {@link Reason}, worded for the person who gave us the file in their language.
 *
 * <p>{@link #getMessage()} is Japanese, whatever the JVM's locale (logs and tests read the same
 * everywhere); {@link #getLocalizedMessage()} follows {@link Locale#getDefault()}, which the CLI
 * sets from {@code --lang}; the web asks {@link #message(Locale)} in the request's locale.
 */
public class ParseException extends RuntimeException {

    private final String file;
    private final int line;
    private final Reason why;

    public ParseException(String file, int line, Reason why) {
        super(message(file, line, why, Locale.JAPANESE));
        this.file = file;
        this.line = line;
        this.why = why;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The reason, to be worded in a language. */
    public Reason why() {
        return why;
    }

    /** The reason in Japanese. */
    public String reason() {
        return reason(Locale.JAPANESE);
    }

    /** The reason in the language of {@code locale} (English for English, else Japanese). */
    public String reason(Locale locale) {
        return why.text(locale);
    }

    /** {@code file:line: reason}, or {@code file: reason} for the whole file, in the language of {@code locale}. */
    public String message(Locale locale) {
        return message(file, line, why, locale);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }

    private static String message(String file, int line, Reason why, Locale locale) {
        return file + (line > 0 ? ":" + line : "") + ": " + why.text(locale);
    }
}

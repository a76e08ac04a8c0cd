package jp.shinko.ingest;

import java.util.Locale;

/**
 * Text that words itself in a reader's language: a {@link Reason}, or a message of another component
 * given as an argument of one, e.g. {@code (Worded) eraParseException::message}.
 */
@FunctionalInterface
public interface Worded {

    /** The text in the language of {@code locale} (English for English, else Japanese). */
    String text(Locale locale);
}

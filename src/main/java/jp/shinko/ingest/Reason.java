package jp.shinko.ingest;

import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Why a document cannot be read, or what a parser doubted: a key of {@code ingest/messages.properties}
 * (English) and {@code ingest/messages_ja.properties} (Japanese) and its arguments, worded only when
 * someone reads it, in that person's language.
 *
 * <p>Languages: English for a locale whose language is English, Japanese for every other locale
 * (the documents are Japanese and so are most of the people who read them). The bundles are looked
 * up without falling back to the JVM's default locale, so an English request on a Japanese JVM
 * still gets English.
 *
 * <p>Arguments are formatted with {@link MessageFormat}, except that: a {@link Worded} argument (another
 * {@code Reason}, or a message of the era reader such as {@code EraParseException::message}) is worded
 * in the same language; a {@link List} is joined with the language's separator (、 or a comma); a
 * number under a bare placeholder {@code {0}} is printed as written ({@code 2150}, not
 * {@code 2,150}; write {@code {0,number}} to group digits). Text quoted from the document, and
 * messages of other components given as text (the plan's invariants, PDFBox or POI failures),
 * are inserted as they are: those stay in their own language (the plan's are Japanese).
 */
public record Reason(String key, List<Object> args) implements Worded {

    private static final String BUNDLE = "ingest.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** The key of a reason worded in advance, the same in every language. */
    private static final String VERBATIM = "verbatim";

    public Reason {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }

    /**
     * A reason worded in advance (read back from a report, or a message of another component),
     * the same in every language.
     */
    public static Reason verbatim(String text) {
        return of(VERBATIM, text);
    }

    /** What a failure of a library says, or its type when it says nothing. */
    public static String detail(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /** The reason in the language of {@code locale} (English for English, else Japanese). */
    @Override
    public String text(Locale locale) {
        var bundle = bundle(locale);
        var format = new MessageFormat(bundle.getString(key), bundle.getLocale());
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object arg = args.get(i);
            boolean bare = i >= formats.length || formats[i] == null;
            if (arg instanceof Worded worded) {
                values[i] = worded.text(locale);
            } else if (arg instanceof List<?> items) {
                values[i] = items.stream()
                        .map(item -> item instanceof Worded w ? w.text(locale) : String.valueOf(item))
                        .collect(Collectors.joining(bundle.getString("list.separator")));
            } else if (arg instanceof Number number && bare) {
                values[i] = String.valueOf(number);
            } else {
                values[i] = arg;
            }
        }
        return format.format(values);
    }

    /** The bundle of a language: the base bundle is English, {@code _ja} Japanese. */
    static ResourceBundle bundle(Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ROOT : Locale.JAPANESE;
        return ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
    }
}

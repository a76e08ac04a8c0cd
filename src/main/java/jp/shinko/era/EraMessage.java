package jp.shinko.era;

import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What the era reader says about a year text: a key of {@code era/messages.properties} (English)
 * and {@code era/messages_ja.properties} (Japanese) and its arguments, worded when read: English
 * for a locale whose language is English, Japanese for every other. {@link #toString()} is Japanese.
 * An argument that is itself an {@code EraMessage} is worded in the same language; a number under
 * a bare placeholder is printed as written (2020, not 2,020).
 */
public record EraMessage(String key, List<Object> args) {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public EraMessage {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    static EraMessage of(String key, Object... args) {
        return new EraMessage(key, List.of(args));
    }

    /** An era's name: 令和, or Reiwa in English. */
    static EraMessage name(Era era) {
        return of("name." + era.name());
    }

    /** The message in the language of {@code locale} (English for English, else Japanese). */
    public String text(Locale locale) {
        var bundle = ResourceBundle.getBundle("era.messages",
                "en".equals(locale.getLanguage()) ? Locale.ROOT : Locale.JAPANESE, NO_FALLBACK);
        var format = new MessageFormat(bundle.getString(key), bundle.getLocale());
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object arg = args.get(i);
            boolean bare = i >= formats.length || formats[i] == null;
            if (arg instanceof EraMessage message) {
                values[i] = message.text(locale);
            } else if (arg instanceof Number number && bare) {
                values[i] = String.valueOf(number);
            } else {
                values[i] = arg;
            }
        }
        return format.format(values);
    }

    @Override
    public String toString() {
        return text(Locale.JAPANESE);
    }
}

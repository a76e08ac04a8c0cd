package jp.shinko.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import java.util.Objects;

/**
 * Something doubtful a parser read and how it decided: file, 1-based line, and the {@link Reason},
 * worded in the reader's language ({@link #reason(Locale)}; {@link #reason()} and
 * {@link #toString()} are Japanese). In JSON: {@code {file, line, reason}}, the reason in Japanese.
 *
 * <p>Two warnings are equal when they say the same at the same place: same file, line and
 * Japanese wording, however the reason was built (a key, or text worded in advance).
 */
@JsonPropertyOrder({"file", "line", "reason"})
public record ImportWarning(String file, int line, @JsonIgnore Reason why) {

    public ImportWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(why, "why");
    }

    /** A warning worded in advance, the same in every language (parsers give a key instead). */
    public ImportWarning(String file, int line, String reason) {
        this(file, line, Reason.verbatim(reason));
    }

    /** The reason in Japanese. */
    @JsonProperty("reason")
    public String reason() {
        return reason(Locale.JAPANESE);
    }

    /** The reason in the language of {@code locale} (English for English, else Japanese). */
    public String reason(Locale locale) {
        return why.text(locale);
    }

    /** {@code file:line: reason} in the language of {@code locale}. */
    public String message(Locale locale) {
        return file + ":" + line + ": " + reason(locale);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportWarning w && w.file.equals(file) && w.line == line
                && w.reason().equals(reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, reason());
    }

    @Override
    public String toString() {
        return message(Locale.JAPANESE);
    }
}

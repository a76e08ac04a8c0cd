package jp.shinko.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A document a plan's data was read from.
 *
 * @param layout      the layout it was read as (e.g. {@code kagoshima-shiryo3})
 * @param title       the document's own title
 * @param published   month of publication where printed, else null
 * @param asOf        date the contents are stated to be current as of, else null
 * @param lineCount   number of lines of text the provenance spans refer to
 */
public record Source(String fileName, String sha256, String layout, String title,
                     YearMonth published, LocalDate asOf, int lineCount) {

    public Source {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(layout, "layout");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("source needs a SHA-256 hex digest: " + sha256);
        }
        title = title == null ? "" : title;
    }
}

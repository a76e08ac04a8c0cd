package jp.shinko.report;

import java.util.Arrays;
import java.util.Optional;

/** The outputs a plan can be exported as, with their file extension and media type. */
public enum ExportFormat {
    OFFICIAL_XLSX("official-xlsx", "xlsx", ExportFormat.XLSX_TYPE),
    OFFICIAL_PDF("official-pdf", "pdf", "application/pdf"),
    SUMMARY_XLSX("summary-xlsx", "xlsx", ExportFormat.XLSX_TYPE),
    SUMMARY_PDF("summary-pdf", "pdf", "application/pdf"),
    CSV("csv", "csv", "text/csv; charset=UTF-8"),
    JSON("json", "json", "application/json");

    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String id;
    private final String extension;
    private final String contentType;

    ExportFormat(String id, String extension, String contentType) {
        this.id = id;
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The name used on the command line and in download URLs, e.g. {@code official-pdf}. */
    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<ExportFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}

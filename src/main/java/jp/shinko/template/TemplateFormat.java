package jp.shinko.template;

import jp.shinko.ingest.Reason;

/** The two file forms of the template; both hold the same sheets. */
public enum TemplateFormat {

    /** An Excel workbook (.xlsx), one worksheet per sheet. */
    XLSX("xlsx"),
    /** A ZIP archive of UTF-8 CSV files (.zip), one file {@code シート名.csv} per sheet. */
    CSV_ZIP("zip");

    private final String extension;

    TemplateFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** How messages name a sheet in this form: シート「事業年度」 or 事業年度.csv. */
    Reason place(TemplateSheet sheet) {
        return Reason.of(this == XLSX ? "template.place.sheet" : "template.place.csv", sheet.name());
    }
}

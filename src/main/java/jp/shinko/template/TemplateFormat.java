package jp.shinko.template;

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

    /** How messages name a sheet in this form. */
    String place(TemplateSheet sheet) {
        return this == XLSX ? "シート「" + sheet.name() + "」" : sheet.name() + ".csv";
    }
}

package jp.shinko.report;

import java.util.Objects;
import jp.shinko.plan.FiscalYear;

/**
 * What to export: the format, the fiscal year (null: the latest the plan has; for open data,
 * every year) and whether a CSV starts with a byte-order mark so that Excel reads it as UTF-8.
 */
public record ExportRequest(ExportFormat format, FiscalYear year, boolean bom) {

    public ExportRequest {
        Objects.requireNonNull(format, "format");
    }

    public static ExportRequest of(ExportFormat format) {
        return new ExportRequest(format, null, false);
    }

    public ExportRequest forYear(FiscalYear fiscalYear) {
        return new ExportRequest(format, fiscalYear, bom);
    }
}

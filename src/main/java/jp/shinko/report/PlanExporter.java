package jp.shinko.report;

import java.io.ByteArrayOutputStream;
import java.util.stream.Collectors;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import jp.shinko.report.official.ListPdf;
import jp.shinko.report.official.ListWorkbook;
import jp.shinko.report.official.OfficialLayout;
import jp.shinko.report.opendata.OpenDataCsv;
import jp.shinko.report.opendata.OpenDataJson;
import jp.shinko.report.summary.PlanSummary;
import jp.shinko.report.summary.SummaryPdf;
import jp.shinko.report.summary.SummaryWorkbook;

/** Makes one export of a plan's content; needs no database (the CLI, the web and tests share it). */
public final class PlanExporter {

    public Export export(PlanContent content, ExportRequest request) {
        var format = request.format();
        var open = format == ExportFormat.CSV || format == ExportFormat.JSON;
        // Open data covers every year unless one is asked for; the lists and summaries are of one year.
        var year = open && request.year() == null ? null : year(content, request.year());
        var out = new ByteArrayOutputStream(64 * 1024);
        switch (format) {
            case OFFICIAL_XLSX -> ListWorkbook.write(OfficialLayout.of(content).build(content, year), out);
            case OFFICIAL_PDF -> ListPdf.write(OfficialLayout.of(content).build(content, year), out);
            case SUMMARY_XLSX -> SummaryWorkbook.write(PlanSummary.of(content, year), out);
            case SUMMARY_PDF -> SummaryPdf.write(PlanSummary.of(content, year), out);
            case CSV -> OpenDataCsv.write(content, year, request.bom(), out);
            case JSON -> OpenDataJson.write(content, year, out);
        }
        var names = FileNames.of(content, format, year);
        return new Export(names.japanese(), names.ascii(), format.contentType(), out.toByteArray());
    }

    /** The year asked for, which the plan must have records of; the plan's latest year when none is asked for. */
    public static FiscalYear year(PlanContent content, FiscalYear requested) {
        var years = content.years();
        if (years.isEmpty()) {
            throw new ExportException(ExportException.Reason.UNKNOWN_YEAR,
                    "計画「" + content.plan().title() + "」には年度の記録がありません");
        }
        if (requested == null) {
            return years.get(years.size() - 1);
        }
        if (!years.contains(requested)) {
            throw new ExportException(ExportException.Reason.UNKNOWN_YEAR, "計画「" + content.plan().title()
                    + "」に " + requested.year() + " 年度の記録はありません（記録のある年度: "
                    + years.stream().map(y -> Integer.toString(y.year())).collect(Collectors.joining(", ")) + "）");
        }
        return requested;
    }

    /** File names of an export: Japanese for people, ASCII for old clients and the command line. */
    record FileNames(String japanese, String ascii) {
        static FileNames of(PlanContent content, ExportFormat format, FiscalYear year) {
            var kind = switch (format) {
                case OFFICIAL_XLSX, OFFICIAL_PDF -> "事業一覧";
                case SUMMARY_XLSX, SUMMARY_PDF -> "事業集計";
                case CSV, JSON -> "オープンデータ";
            };
            var asciiKind = switch (format) {
                case OFFICIAL_XLSX, OFFICIAL_PDF -> "list";
                case SUMMARY_XLSX, SUMMARY_PDF -> "summary";
                case CSV, JSON -> "opendata";
            };
            var yearPart = year == null ? "" : "_" + year.year() + "年度";
            var asciiYear = year == null ? "" : "-" + year.year();
            var title = content.plan().title().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
            return new FileNames(title + "_" + kind + yearPart + "." + format.extension(),
                    content.plan().key() + asciiYear + "-" + asciiKind + "." + format.extension());
        }
    }
}

package jp.shinko.report.summary;

import java.io.OutputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.report.render.HtmlPdf;

/**
 * Writes the summary as PDF from {@code templates/report/summary.html}: the tables, and the charts
 * as embedded PNG images; A4 portrait, title and "n / N" on every page.
 */
public final class SummaryPdf {

    private SummaryPdf() {
    }

    public static void write(PlanSummary summary, OutputStream out) {
        HtmlPdf.write("summary", variables(summary), out);
    }

    public static String html(PlanSummary summary) {
        return HtmlPdf.html("summary", variables(summary));
    }

    private static Map<String, Object> variables(PlanSummary summary) {
        var variables = new LinkedHashMap<String, Object>();
        variables.put("summary", summary);
        variables.put("nodeChart", dataUri(SummaryCharts.byNode(summary)));
        variables.put("organizationChart", dataUri(SummaryCharts.byOrganization(summary, 15)));
        variables.put("evaluationChart", summary.evaluationYear() == null ? null
                : dataUri(SummaryCharts.evaluations(summary)));
        variables.put("evaluationYear", summary.evaluationYear() == null ? null
                : JapaneseYearFormat.japanese(summary.evaluationYear()));
        variables.put("yearText", JapaneseYearFormat.japanese(summary.year()));
        variables.put("ended", PlanSummary.ENDED);
        return variables;
    }

    private static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}

package jp.shinko.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import jp.shinko.ingest.DocumentReport;

/** Prints import reports as the person at the terminal reads them. */
final class ImportReportPrinter {

    private static final int MAX_CHANGES_SHOWN = 50;

    private ImportReportPrinter() {
    }

    /** A total, or ― when no record stated an amount (a sum of nothing is not zero yen). */
    private static String money(long thousandYen, int stated) {
        return stated == 0 ? "―" : String.format("%,d", thousandYen);
    }

    static void print(List<DocumentReport> reports, PrintStream out) {
        for (var report : reports) {
            out.println(CliMessages.get("import.document", report.file(), report.layout(), report.planTitle()));
            out.println(CliMessages.get("import.counts", report.projects(), report.placements(), report.yearRecords()));
            report.nodesPerLevel().forEach((level, count) ->
                    out.println(CliMessages.get("import.level", level, count)));
            report.totals().forEach((year, totals) -> out.println(CliMessages.get("import.totals",
                    year.year(), totals.projects(), money(totals.budgetThousandYen(), totals.budgetStated()),
                    money(totals.settledThousandYen(), totals.settledStated()),
                    totals.budgetUndisclosed() + totals.settledUndisclosed())));
            if (!report.evaluations().isEmpty()) {
                var marks = new StringBuilder();
                report.evaluations().forEach((mark, count) -> marks.append(' ').append(mark).append(' ').append(count));
                out.println(CliMessages.get("import.evaluations", marks.toString().trim()));
            }
            out.println(CliMessages.get("import.warnings", report.warnings().size()));
            report.warnings().forEach(w -> out.println("    " + w.message(Locale.getDefault())));
            out.println(CliMessages.get("import.outcome." + report.outcome().name().toLowerCase(),
                    report.changes().size()));
            report.changes().stream().limit(MAX_CHANGES_SHOWN).forEach(c -> out.println("    " + c));
            if (report.changes().size() > MAX_CHANGES_SHOWN) {
                out.println(CliMessages.get("import.more-changes", report.changes().size() - MAX_CHANGES_SHOWN));
            }
        }
    }
}

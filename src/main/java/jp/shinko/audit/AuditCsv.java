package jp.shinko.audit;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.shinko.csv.CsvWriter;

/**
 * The audit trail as CSV (RFC 4180, CRLF), for Excel and for archiving: one row per entry, times
 * in ISO 8601 with their offset. Labels for the header, actions and fields come from the caller,
 * so the file is in the reader's language; the raw codes stay in their own columns.
 */
public final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private AuditCsv() {
    }

    /**
     * @param header      column titles, 13 of them
     * @param actionLabel label of an action code
     * @param fieldLabel  label of a field code
     */
    public static void write(List<AuditEntry> entries, Appendable out, List<String> header, ZoneId zone,
                             UnaryOperator<String> actionLabel, UnaryOperator<String> fieldLabel) throws IOException {
        // Not closed: the caller owns the output (a servlet response, a file) and closes it.
        var csv = CsvWriter.of(out, header.toArray(String[]::new));
        for (var e : entries) {
            csv.row(e.id(), TIME.format(e.at().atZone(zone)), e.actor(), e.action(),
                    actionLabel.apply(e.action()), e.planKey(), e.fiscalYear(), e.projectKey(), e.subject(),
                    e.field() == null ? "" : fieldLabel.apply(e.field()), e.oldValue(), e.newValue(),
                    e.reason() == null ? "" : e.reason() + (e.revision() == null ? "" : " (#" + e.revision() + ")"));
        }
        csv.flush();
    }
}

package jp.shinko.report.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jp.shinko.csv.CsvWriter;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;

/**
 * Writes the year records as CSV (RFC 4180: comma, double quotes, CRLF; UTF-8), one row per project
 * and fiscal year, the columns of {@link CsvColumn}. With {@code bom} the file starts with a
 * byte-order mark, without which Excel reads UTF-8 as Shift_JIS.
 */
public final class OpenDataCsv {

    private OpenDataCsv() {
    }

    public static void write(PlanContent content, FiscalYear year, boolean bom, OutputStream out) {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            if (bom) {
                writer.write('\uFEFF');
            }
            var printer = CsvWriter.of(writer,
                    Arrays.stream(CsvColumn.values()).map(CsvColumn::heading).toArray(String[]::new));
            for (var row : RecordRow.of(content, year)) {
                for (var column : CsvColumn.values()) {
                    printer.cell(column.value(row));
                }
                printer.endRow();
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package jp.shinko.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of shinko: Commons CSV's printer with every cell, the header included,
 * passed through {@link CsvCell#neutralize}. Numbers are written as they are. RFC 4180 (comma,
 * double quotes, CRLF) unless the caller gives another format.
 */
public final class CsvWriter implements Flushable, Closeable {

    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** RFC 4180 with an optional header line. */
    public static CsvWriter of(Appendable out, String... header) throws IOException {
        return of(out, CSVFormat.RFC4180, header);
    }

    public static CsvWriter of(Appendable out, CSVFormat format, String... header) throws IOException {
        var writer = new CsvWriter(new CSVPrinter(out, format));
        if (header != null && header.length > 0) {
            writer.row(Arrays.asList(header));
        }
        return writer;
    }

    public void row(Object... cells) throws IOException {
        row(Arrays.asList(cells));
    }

    public void row(Iterable<?> cells) throws IOException {
        for (Object cell : cells) {
            cell(cell);
        }
        printer.println();
    }

    /** One cell of the current row; {@link #endRow} ends it. */
    public void cell(Object cell) throws IOException {
        printer.print(cell == null || cell instanceof Number ? cell : CsvCell.neutralize(cell.toString()));
    }

    public void endRow() throws IOException {
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /** Closes the printer and the output under it. */
    @Override
    public void close() throws IOException {
        printer.close();
    }
}

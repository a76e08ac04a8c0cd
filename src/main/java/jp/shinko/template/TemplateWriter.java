package jp.shinko.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import jp.shinko.plan.PlanContent;

/** Writes plan content as the template, XLSX or a ZIP of CSV files; {@link TemplateReader} reads it back equal. */
public final class TemplateWriter {

    private TemplateWriter() {
    }

    public static void write(PlanContent content, TemplateFormat format, OutputStream out) throws IOException {
        var tables = PlanWorkbook.tables(content);
        switch (format) {
            case XLSX -> XlsxFile.write(tables, out);
            case CSV_ZIP -> CsvArchive.write(tables, out);
        }
    }

    public static byte[] toBytes(PlanContent content, TemplateFormat format) {
        var out = new ByteArrayOutputStream();
        try {
            write(content, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory does not fail to take bytes
        }
        return out.toByteArray();
    }
}

package jp.shinko.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.shinko.csv.CsvCell;
import jp.shinko.csv.CsvWriter;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.ZipArchive;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The template as a ZIP archive of CSV files, one {@code シート名.csv} per sheet: UTF-8 with a byte
 * order mark (so Excel shows Japanese), comma separated, RFC 4180 quoting, header in line 1. The
 * reader takes files with or without the mark, and matches them by base name wherever they sit
 * in the archive.
 */
final class CsvArchive {

    private static final String BOM = "\uFEFF";

    private CsvArchive() {
    }

    static void write(List<Table> tables, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        var writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        for (var table : tables) {
            zip.putNextEntry(new ZipEntry(table.sheet().name() + ".csv"));
            writer.write(BOM);
            var printer = CsvWriter.of(writer, table.header().toArray(String[]::new));
            for (var row : table.rows()) {
                printer.row(row.cells().stream().map(Cell::asText).toList());
            }
            printer.flush();
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The template sheets among the archive's CSV files; other files are left alone. */
    static List<Table> read(String file, byte[] bytes) {
        List<ZipArchive.Entry> entries = ZipArchive.read(file, bytes, name -> sheet(name) != null);
        var tables = new ArrayList<Table>();
        for (var entry : entries) {
            var sheet = sheet(entry.name());
            if (sheet != null) {
                tables.add(table(file, sheet, entry.bytes()));
            }
        }
        return tables;
    }

    /** The template sheet a file in the archive holds, by its base name; null if none. */
    static TemplateSheet sheet(String entryName) {
        String base = entryName.substring(entryName.lastIndexOf('/') + 1);
        if (entryName.startsWith("__MACOSX/") || base.startsWith(".") || !base.toLowerCase().endsWith(".csv")) {
            return null;
        }
        return PlanWorkbook.sheet(base.substring(0, base.length() - 4)).orElse(null);
    }

    private static Table table(String file, TemplateSheet sheet, byte[] bytes) {
        Reason place = TemplateFormat.CSV_ZIP.place(sheet);
        String text = utf8(file, place, bytes);
        var header = new ArrayList<String>();
        var rows = new ArrayList<Table.Row>();
        try (var parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            for (var record : parser) {
                var cells = record.stream().map(CsvCell::restore).map(Cell::text).toList();
                if (record.getRecordNumber() == 1) {
                    header.addAll(record.toList());
                } else {
                    rows.add(new Table.Row((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ParseException(file, 0,
                    Reason.of("template.at", place, Reason.of("template.not-csv", Reason.detail(e))));
        }
        return new Table(sheet, place, header, rows, Map.of());
    }

    private static String utf8(String file, Reason place, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith(BOM) ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ParseException(file, 0, Reason.of("template.at", place, jp.shinko.ingest.TextEncoding.guess(bytes)
                    .map(name -> Reason.of("template.encoding", name)).orElse(Reason.of("template.not-utf8"))));
        }
    }
}

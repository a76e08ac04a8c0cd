package jp.shinko.template;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.shinko.ingest.BinaryFormat;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.ParsedDocument;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.ZipArchive;
import jp.shinko.plan.PlanContent;

/**
 * Reads the template, XLSX or a ZIP of CSV files, into plan content, checking every cell and
 * reference; errors are {@link ParseException}s naming the file, the sheet, the row and the
 * reason. Registered with {@link jp.shinko.ingest.DocumentReader} as a {@link BinaryFormat}.
 */
public final class TemplateReader implements BinaryFormat {

    private static final String WORKBOOK_PART = "xl/workbook.xml";
    private static final Pattern SHEET_NAME = Pattern.compile("<sheet\\b[^>]*\\bname=\"([^\"]*)\"");

    /** The form of the template the bytes hold: a workbook or archive with the main sheet 事業年度. */
    public Optional<TemplateFormat> format(byte[] bytes) {
        if (!ZipArchive.isZip(bytes)) {
            return Optional.empty();
        }
        try {
            for (var entry : ZipArchive.read("", bytes, WORKBOOK_PART::equals)) {
                if (entry.name().equals(WORKBOOK_PART)) {
                    var names = SHEET_NAME.matcher(new String(entry.bytes(), StandardCharsets.UTF_8));
                    while (names.find()) {
                        if (YearRecordSheet.SHEET.isNamed(names.group(1))) {
                            return Optional.of(TemplateFormat.XLSX);
                        }
                    }
                    return Optional.empty();
                }
                if (CsvArchive.sheet(entry.name()) == YearRecordSheet.SHEET) {
                    return Optional.of(TemplateFormat.CSV_ZIP);
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty(); // a damaged archive is not recognized; the text reader then says so
        }
        return Optional.empty();
    }

    @Override
    public boolean recognizes(byte[] bytes) {
        return format(bytes).isPresent();
    }

    @Override
    public ParsedDocument read(String fileName, byte[] bytes) {
        return new ParsedDocument(content(fileName, bytes), List.of());
    }

    /** The plan content of a template file; a file without 文書情報 is its own source. */
    public PlanContent content(String fileName, byte[] bytes) {
        if (ZipArchive.isZip(bytes)) {
            ZipArchive.check(fileName, bytes);
        }
        var format = format(bytes).orElseThrow(() -> new ParseException(fileName, 0,
                Reason.of("template.not-template", YearRecordSheet.SHEET.name())));
        var tables = switch (format) {
            case XLSX -> XlsxFile.read(fileName, bytes);
            case CSV_ZIP -> CsvArchive.read(fileName, bytes);
        };
        return PlanWorkbook.content(fileName, DocumentText.sha256(bytes), format, tables);
    }
}

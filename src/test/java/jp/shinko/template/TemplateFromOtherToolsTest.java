package jp.shinko.template;

import static jp.shinko.template.TemplateFiles.editXlsx;
import static jp.shinko.template.TemplateFiles.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jp.shinko.ingest.DocumentText;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.RecordStatus;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * Template files as other tools and people write them back: Excel's "CSV UTF-8" (a byte order
 * mark, CRLF, quotes only where needed, amounts as displayed with separators), plain UTF-8 CSV
 * without the mark, archives made by Windows, cells typed by hand. All read as the export did.
 */
class TemplateFromOtherToolsTest {

    final TemplateReader reader = new TemplateReader();

    @Test
    void csvSavedByExcelWithAByteOrderMarkAndFormattedAmountsReadsTheSame() {
        var original = Samples.KAGOSHIMA.content();
        var files = new LinkedHashMap<String, byte[]>();
        TemplateFiles.unzip(TemplateWriter.toBytes(original, TemplateFormat.CSV_ZIP)).forEach((name, bytes) ->
                files.put(name, ("\uFEFF" + reprint(bytes, CSVFormat.EXCEL,
                        name.equals("事業年度.csv") ? Set.of(3, 4) : Set.of())).getBytes(StandardCharsets.UTF_8)));
        assertThat(new String(files.get("事業年度.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFF事業キー,事業名,年度,予算額（千円）,決算額（千円）,")
                .contains("\r\n7,メディア等活用宣伝事業,2019,,\"30,281\",");
        var readBack = reader.content("plan.zip", TemplateFiles.zip(files, StandardCharsets.UTF_8));
        assertThat(readBack).isEqualTo(original);
    }

    @Test
    void csvWithoutAByteOrderMarkWithUnixLineEndsInAFolderOfTheArchiveReadsTheSame() {
        var original = Samples.KUMAMOTO.content();
        var files = new LinkedHashMap<String, byte[]>();
        TemplateFiles.unzip(TemplateWriter.toBytes(original, TemplateFormat.CSV_ZIP)).forEach((name, bytes) -> {
            String csv = reprint(bytes, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get(), Set.of());
            files.put("熊本市/" + name, csv.getBytes(StandardCharsets.UTF_8));
            files.put("__MACOSX/熊本市/._" + name, new byte[] {0, 5, 22, 7});
        });
        assertThat(new String(files.get("熊本市/事業年度.csv"), StandardCharsets.UTF_8)).startsWith("事業キー,")
                .contains("\n成長産業創出支援事業,成長産業創出支援事業,2024,16072,");
        var readBack = reader.content("plan.zip", TemplateFiles.zip(files, StandardCharsets.UTF_8));
        assertThat(readBack).isEqualTo(original);
    }

    @Test
    void theEnglishIdsServeAsFileNamesAndColumnHeadersToo() {
        var original = Samples.KUMAMOTO.content();
        var files = new LinkedHashMap<String, byte[]>();
        TemplateFiles.unzip(TemplateWriter.toBytes(original, TemplateFormat.CSV_ZIP)).forEach((name, bytes) -> {
            var sheet = PlanWorkbook.sheet(name.replace(".csv", "")).orElseThrow();
            String csv = new String(bytes, StandardCharsets.UTF_8);
            String ids = String.join(",", sheet.columns().stream().map(Column::id).toList());
            files.put(sheet.id() + ".csv", (ids + csv.substring(csv.indexOf("\r\n"))).getBytes(StandardCharsets.UTF_8));
        });
        assertThat(new String(files.get("year-records.csv"), StandardCharsets.UTF_8))
                .startsWith("project_key,project_name,fiscal_year,budget,settled,content,");
        assertThat(reader.content("plan.zip", TemplateFiles.zip(files, StandardCharsets.UTF_8))).isEqualTo(original);
    }

    @Test
    void anArchiveMadeByJapaneseWindowsWithShiftJisFileNamesReadsTheSame() {
        var original = Samples.KUMAMOTO.content();
        var files = TemplateFiles.unzip(TemplateWriter.toBytes(original, TemplateFormat.CSV_ZIP));
        byte[] zip = TemplateFiles.zip(files, Charset.forName("MS932"));
        assertThat(reader.format(zip)).contains(TemplateFormat.CSV_ZIP);
        assertThat(reader.content("plan.zip", zip)).isEqualTo(original);
    }

    @Test
    void aWorkbookFilledInByHandReadsLikeTheExport() {
        var original = Samples.KAGOSHIMA.content();
        String mark = original.yearRecord("8", FiscalYear.of(2019)).orElseThrow().evaluation().mark();
        byte[] typed = editXlsx(TemplateWriter.toBytes(original, TemplateFormat.XLSX), w -> {
            var years = w.getSheet("事業年度");
            set(years, 14, "事業キー", 7);             // typed as a number, not text
            set(years, 14, "年度", "令和元年度");
            set(years, 15, "年度", "R2");
            set(years, 14, "決算額（千円）", "30,281");  // pasted as text
            set(years, 15, "状態", "APPROVED");
            set(years, 16, "評価", " " + mark + " ");  // project 8, FY2019, with stray spaces
            set(years, 600, "事業キー", "  ");          // a row left with blanks only
            var projects = w.getSheet("事業");
            set(projects, 5, "戦略プロジェクト数", null); // project 4 names no strategic project: 0
            set(projects, 8, "開始年度", "S55");          // project 7 began in FY1980
            w.createSheet("メモ").createRow(0).createCell(0).setCellValue("担当者へ: 予算額は千円単位");
        });
        var byHand = reader.content("plan.xlsx", typed);
        assertThat(byHand.project("7").orElseThrow().period().start()).isEqualTo(FiscalYear.of(1980));
        assertThat(byHand).isEqualTo(original);
    }

    @Test
    void aWorkbookWithoutDocumentInformationIsItsOwnSource() {
        var original = Samples.KUMAMOTO.content();
        byte[] plain = editXlsx(TemplateWriter.toBytes(original, TemplateFormat.XLSX), w -> {
            w.removeSheetAt(w.getSheetIndex("文書情報"));
            for (var sheet : new String[] {"事業年度", "掲載"}) {
                for (var header : new String[] {"出典SHA-256", "出典開始行", "出典終了行"}) {
                    int column = TemplateFiles.column(w.getSheet(sheet), header);
                    for (var row : w.getSheet(sheet)) {
                        if (row.getCell(column) != null) {
                            row.removeCell(row.getCell(column));
                        }
                    }
                }
            }
            set(w.getSheet("事業年度"), 2, "状態", "下書き");
        });
        var content = reader.content("熊本市R7.xlsx", plain);
        assertThat(content.source().fileName()).isEqualTo("熊本市R7.xlsx");
        assertThat(content.source().sha256()).isEqualTo(DocumentText.sha256(plain));
        assertThat(content.source().layout()).isEqualTo("shinko-template");
        assertThat(content.source().lineCount()).isZero();
        assertThat(content.yearRecords()).allSatisfy(r -> assertThat(r.provenance()).isNull());
        assertThat(content.placements()).allSatisfy(p -> assertThat(p.provenance()).isNull());
        assertThat(content.yearRecords().get(0).status()).isEqualTo(RecordStatus.DRAFT);
        assertThat(content.yearRecords().get(1).status()).isEqualTo(RecordStatus.APPROVED);
        assertThat(content.projects()).isEqualTo(original.projects());
        assertThat(content.plan()).isEqualTo(original.plan());
    }

    /** A CSV file printed again in another CSV dialect; {@code amounts} are columns written as Excel displays them. */
    static String reprint(byte[] csv, CSVFormat format, Set<Integer> amounts) {
        String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        var out = new StringWriter();
        try (var parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180);
             var printer = new CSVPrinter(out, format)) {
            for (var record : parser) {
                var values = record.toList();
                for (int column : amounts) {
                    if (record.getRecordNumber() > 1 && values.get(column).matches("\\d+")) {
                        values.set(column, String.format("%,d", Long.parseLong(values.get(column))));
                    }
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

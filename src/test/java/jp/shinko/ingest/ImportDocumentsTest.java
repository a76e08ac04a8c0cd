package jp.shinko.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.shinko.ingest.DocumentReport.Outcome;
import jp.shinko.store.ImportLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:imports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ImportDocumentsTest {

    static final Path KAGOSHIMA = Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt");
    static final Path KUMAMOTO = Path.of("samples/kumamoto-chusho-plan-r6.txt");

    @Autowired
    ImportDocuments imports;
    @Autowired
    ImportLog log;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    DatabaseSnapshot before;

    @BeforeEach
    void importBothSamples() {
        DatabaseSnapshot.clear(jdbc);
        var reports = imports.run(List.of(KAGOSHIMA, KUMAMOTO), null);
        assertThat(reports).extracting(DocumentReport::outcome).containsExactly(Outcome.IMPORTED, Outcome.IMPORTED);
        before = DatabaseSnapshot.of(jdbc);
    }

    @Test
    void bothSamplesLandWithEveryRecord() {
        assertThat(before.rows("projects")).isEqualTo(286 + 59);
        assertThat(before.rows("placements")).isEqualTo(286 + 63);
        assertThat(before.rows("year_records")).isEqualTo(572 + 59);
        assertThat(before.rows("source_lines")).isEqualTo(7946 + 192);
        assertThat(before.rows("import_runs")).isEqualTo(2);
    }

    @Test
    void importingTheSameDocumentAgainChangesNothing() {
        var reports = imports.run(List.of(KUMAMOTO, KAGOSHIMA), null);
        assertThat(reports).extracting(DocumentReport::outcome).containsExactly(Outcome.UNCHANGED, Outcome.UNCHANGED);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aCorrectedEditionUpdatesTheChangedRecordAndRecordsWhatChanged() throws IOException {
        var corrected = copy(KUMAMOTO, "kumamoto-corrected.txt", "予算額 (千円)", "予算額 (千円)",
                "(2)\t利子補給金\t商業金融課\t716", "(2)\t利子補給金\t商業金融課\t1,716");
        var reports = imports.run(List.of(corrected), null);

        assertThat(reports.get(0).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(reports.get(0).changes()).extracting(Object::toString)
                .containsExactly("~ year-record 利子補給金@FY2024 budget: 716千円 → 1716千円");
        var run = log.runs("kumamoto-chusho").get(0);
        assertThat(run.outcome()).isEqualTo("UPDATED");
        assertThat(run.fileName()).isEqualTo("kumamoto-corrected.txt");
        assertThat(log.changes(run.id())).isEqualTo(reports.get(0).changes());
        var budget = jdbc.sql("""
                        SELECT y.budget_thousand_yen FROM year_records y JOIN projects p ON p.id = y.project_id
                        WHERE p.project_key = '利子補給金'""").query(Long.class).single();
        assertThat(budget).isEqualTo(1_716L);
    }

    @Test
    void anEditedTemplateOfAnImportedPlanUpdatesIt() throws Exception {
        var content = new DocumentReader(Layouts.builtIn()).read(KUMAMOTO, null).parsed().content();
        var bytes = jp.shinko.template.TemplateWriter.toBytes(content, jp.shinko.template.TemplateFormat.XLSX);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheet("事業年度");
            int keyColumn = column(sheet, "事業キー");
            int budgetColumn = column(sheet, "予算額（千円）");
            for (var row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(keyColumn).getStringCellValue().equals("利子補給金")) {
                    row.getCell(budgetColumn).setCellValue(800);
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            bytes = out.toByteArray();
        }
        var edited = Files.write(dir.resolve("kumamoto-edited.xlsx"), bytes);

        var reports = imports.run(List.of(edited), null);

        assertThat(reports.get(0).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(reports.get(0).changes()).extracting(Object::toString)
                .containsExactly("~ year-record 利子補給金@FY2024 budget: 716千円 → 800千円");
    }

    private static int column(org.apache.poi.ss.usermodel.Sheet sheet, String header) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    @Test
    void anEmptyFileIsRefusedAndTheDatabaseIsUntouched() throws IOException {
        var empty = Files.createFile(dir.resolve("empty.txt"));
        assertRefused(List.of(empty), "empty.txt: ファイルが空です");
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        var binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1});
        assertRefused(List.of(binary), "photo.jpg: UTF-8 のテキストとして読めません（バイナリファイルか、別の文字コードです）");
    }

    @Test
    void aFileCutInTheMiddleOfARecordIsRefused() throws IOException {
        var lines = Files.readAllLines(KAGOSHIMA);
        var cut = Files.write(dir.resolve("cut.txt"), lines.subList(0, 7924));
        assertRefused(List.of(cut), "cut.txt:7923: №286 の事業概要以降がありません（記録が途中で切れています）");
    }

    @Test
    void theWrongLayoutForcedIsRefused() {
        assertThatThrownBy(() -> imports.run(List.of(KUMAMOTO), "kagoshima-shiryo3"))
                .isInstanceOf(ParseException.class)
                .hasMessage("kumamoto-chusho-plan-r6.txt:1: 表題「【資料３】…に係る事業概要等一覧（…年度）」が冒頭にありません"
                        + "（鹿児島市資料３の様式ではありません）");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aMalformedAmountIsRefusedNamingItsLine() throws IOException {
        var bad = copy(KUMAMOTO, "bad-amount.txt", "(2)\t利子補給金\t商業金融課\t716", "(2)\t利子補給金\t商業金融課\t7x6");
        assertRefused(List.of(bad), "bad-amount.txt:41: 予算額「7x6」が金額として読めません"
                + "（千円単位の数字（3桁ごとのカンマ可）か、金額なしを示す - を書いてください）");
    }

    @Test
    void anUnknownEvaluationMarkIsRefusedNamingItsLine() throws IOException {
        var bad = copy(KAGOSHIMA, "bad-mark.txt", "○ 1,100\n", "☆ 1,100\n");
        assertRefused(List.of(bad), "bad-mark.txt:94: 事業評価「☆」は評価基準（◎○△―）にない記号です");
    }

    @Test
    void oneBadDocumentStopsTheWholeImport() throws IOException {
        var corrected = copy(KUMAMOTO, "kumamoto-corrected.txt",
                "(2)\t利子補給金\t商業金融課\t716", "(2)\t利子補給金\t商業金融課\t1,716");
        var empty = Files.createFile(dir.resolve("empty.txt"));
        assertRefused(List.of(corrected, empty), "empty.txt: ファイルが空です");
    }

    @Test
    void aHugeFileIsRefusedUpFrontWithItsSizeLimit() throws IOException {
        var huge = dir.resolve("huge.txt");
        try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertRefused(List.of(huge), "huge.txt: ファイルが大きすぎます（52,428,800 バイト。上限は 20,971,520 バイト）");
    }

    private void assertRefused(List<Path> files, String messageStart) {
        assertThatThrownBy(() -> imports.run(files, null))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith(messageStart);
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    }

    private Path copy(Path sample, String name, String... replacements) throws IOException {
        var text = Files.readString(sample, StandardCharsets.UTF_8);
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(text).contains(replacements[i]);
            text = text.replaceFirst(java.util.regex.Pattern.quote(replacements[i]),
                    java.util.regex.Matcher.quoteReplacement(replacements[i + 1]));
        }
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}

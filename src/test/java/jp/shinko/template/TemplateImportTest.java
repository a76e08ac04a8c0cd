package jp.shinko.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.shinko.cli.ShinkoCli;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.Layouts;
import jp.shinko.ingest.ParseException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template through shinko's import path: DocumentReader recognizes it by its bytes, the CLI imports it. */
class TemplateImportTest {

    final DocumentReader documents = new DocumentReader(Layouts.builtIn());

    @Test
    void documentReaderRoutesAWorkbookAndACsvArchiveToTheTemplateReader() {
        var original = Samples.KUMAMOTO.content();
        for (var format : TemplateFormat.values()) {
            byte[] file = TemplateWriter.toBytes(original, format);
            var read = documents.read("plan." + format.extension(), file, null);
            assertThat(read.parsed().content()).isEqualTo(original);
            assertThat(read.parsed().warnings()).isEmpty();
            assertThat(read.hasSourceText()).isFalse();
            assertThat(read.text().sha256()).isEqualTo(DocumentText.sha256(file));
        }
    }

    @Test
    void aWorkbookThatIsNotTheTemplateIsLeftToTheTextLayouts() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("事業名");
            workbook.write(out);
        }
        assertThat(new TemplateReader().recognizes(out.toByteArray())).isFalse();
        assertThatThrownBy(() -> documents.read("other.xlsx", out.toByteArray(), null))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("other.xlsx: UTF-8 のテキストとして読めません");
    }

    @Test
    void importingAnExportedWorkbookMakesTheDocumentItCameFromAlreadyImported(@TempDir Path dir) throws IOException {
        var workbook = dir.resolve("kumamoto.xlsx");
        Files.write(workbook, TemplateWriter.toBytes(Samples.KUMAMOTO.content(), TemplateFormat.XLSX));

        String report = cli("import", workbook.toString(), "samples/kumamoto-chusho-plan-r6.txt",
                "--data-dir", dir.resolve("data").toString());
        // The workbook keeps the source document's checksum: importing the document itself changes nothing.
        assertThat(report).containsSubsequence(
                "kumamoto-chusho-plan-r6.txt（レイアウト kumamoto-jigyo-ichiran）: 熊本市中小企業・小規模企業振興基本計画",
                "事業 59 件、掲載 63 件、年度記録 59 件", "=> 取り込みました",
                "kumamoto-chusho-plan-r6.txt（レイアウト kumamoto-jigyo-ichiran）", "=> 取り込み済み: 変更はありません");
    }

    /** Runs the CLI in-process; fails the test on a non-zero exit. */
    static synchronized String cli(String... args) {
        var oldOut = System.out;
        var out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(ShinkoCli.execute(args)).as(String.join(" ", args)).isZero();
        } finally {
            System.setOut(oldOut);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

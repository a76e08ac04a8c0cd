package jp.shinko.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.shinko.plan.Amount;
import jp.shinko.plan.PlanContent;
import jp.shinko.report.official.ListCell;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official lists as XLSX open in LibreOffice: converted to PDF there (headless), the pages
 * have the original's paper and orientation, the header on every page and every amount (a name
 * wraps inside its cell, so its lines interleave with the next cells' in the text). Needs Debian's
 * libreoffice-calc-nogui; on CI its absence is a failure, elsewhere the test is skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialListLibreOfficeTest {

    private static final Path SOFFICE = Path.of(System.getenv().getOrDefault("SHINKO_SOFFICE", "/usr/bin/soffice"));

    private Path dir;
    private byte[] kagoshimaPdf;
    private byte[] kumamotoPdf;

    @BeforeAll
    void convertBothListsInOneLibreOfficeRun(@TempDir Path dir) throws Exception {
        this.dir = dir;
        if (!Files.isExecutable(SOFFICE)) {
            var message = "LibreOffice not found (" + SOFFICE + "): install the Debian package "
                    + "libreoffice-calc-nogui or set SHINKO_SOFFICE";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        var exporter = new PlanExporter();
        var kagoshima = Files.write(dir.resolve("kagoshima.xlsx"),
                exporter.export(SamplePlans.kagoshima(), ExportRequest.of(ExportFormat.OFFICIAL_XLSX)).bytes());
        var kumamoto = Files.write(dir.resolve("kumamoto.xlsx"),
                exporter.export(SamplePlans.kumamoto(), ExportRequest.of(ExportFormat.OFFICIAL_XLSX)).bytes());
        convert(kagoshima, kumamoto);
        kagoshimaPdf = Files.readAllBytes(dir.resolve("kagoshima.pdf"));
        kumamotoPdf = Files.readAllBytes(dir.resolve("kumamoto.pdf"));
    }

    private void convert(Path... workbooks) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(SOFFICE.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.toString()));
        for (var workbook : workbooks) {
            command.add(workbook.toString());
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            Assertions.fail("LibreOffice did not finish converting within 180 s");
        }
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
    }

    @Test
    void kagoshimaOpensAsA3LandscapeWithTheHeaderOnEveryPageAndEveryAmount() throws IOException {
        try (var pdf = Pdfs.open(kagoshimaPdf)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(10);
            var first = pdf.getPage(0).getMediaBox();
            assertThat(first.getWidth()).isCloseTo(PDRectangle.A3.getHeight(), Offset.offset(2f));
            assertThat(first.getHeight()).isCloseTo(PDRectangle.A3.getWidth(), Offset.offset(2f));
            var pages = Pdfs.pages(pdf);
            // The header rows are repeated on every printed page.
            pages.forEach(page -> assertThat(Pdfs.squeezed(page)).contains("事務・事業名"));
            assertEveryAmount(SamplePlans.kagoshima(), Pdfs.squeezed(String.join("", pages)));
        }
    }

    @Test
    void kumamotoOpensAsA4PortraitWithEveryAmount() throws IOException {
        try (var pdf = Pdfs.open(kumamotoPdf)) {
            var first = pdf.getPage(0).getMediaBox();
            assertThat(first.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(2f));
            assertThat(first.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(2f));
            assertEveryAmount(SamplePlans.kumamoto(), Pdfs.squeezed(String.join("", Pdfs.pages(pdf))));
        }
    }

    private static void assertEveryAmount(PlanContent content, String squeezedText) {
        for (var record : content.yearRecords()) {
            for (Amount amount : List.of(record.budget(), record.settled())) {
                if (amount.isPresent()) {
                    assertThat(squeezedText).as("amount of %s", record.projectKey()).contains(ListCell.of(amount).text());
                }
            }
        }
    }
}

package jp.shinko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shinko export} on a database holding the Kumamoto sample. */
class ExportCommandTest {

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void importKumamoto() {
        var run = CliRun.of("import", "--data-dir", dataDir.toString(), "samples/kumamoto-chusho-plan-r6.txt");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void writesTheOfficialListAndOpenDataToTheNamedFiles(@TempDir Path out) throws Exception {
        var xlsx = out.resolve("list.xlsx");
        var run = CliRun.of("export", "--data-dir", dataDir.toString(), "--plan", "kumamoto-chusho",
                "--format", "official-xlsx", "--out", xlsx.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains(xlsx + " に書き出しました");
        assertThat(Files.readAllBytes(xlsx)).startsWith('P', 'K');

        var csv = out.resolve("data.csv");
        run = CliRun.of("export", "--data-dir", dataDir.toString(), "--plan", "kumamoto-chusho", "--year", "2024",
                "--format", "csv", "--bom", "--out", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        var text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF全国地方公共団体コード,").contains("431001,熊本市,kumamoto-chusho,");
        assertThat(text.lines().filter(l -> l.startsWith("431001,")).count()).isEqualTo(59);
    }

    @Test
    void unknownPlanYearAndFormatAreReportedBriefly() {
        var run = CliRun.of("export", "--data-dir", dataDir.toString(), "--plan", "osaka", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("エラー: 計画「osaka」はデータベースにありません");

        run = CliRun.of("export", "--data-dir", dataDir.toString(), "--plan", "kumamoto-chusho", "--year", "2019",
                "--format", "official-pdf");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("2019 年度の記録はありません（記録のある年度: 2024）");

        run = CliRun.of("export", "--data-dir", dataDir.toString(), "--plan", "kumamoto-chusho", "--format", "docx");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("出力形式「docx」は知りません（使えるもの: official-xlsx, official-pdf, "
                + "summary-xlsx, summary-pdf, csv, json）");
    }

    @Test
    void helpListsTheFormatsInEitherLanguage() {
        var run = CliRun.of("export", "--help");
        assertThat(run.out()).contains("--plan=KEY", "--format=FORMAT", "出力形式: official-xlsx, official-pdf,",
                "summary-pdf, csv, json。", "--bom");
        run = CliRun.of("--lang", "en", "export", "--help");
        assertThat(run.out()).contains("Export a stored plan", "What to write: official-xlsx, official-pdf,");
    }
}

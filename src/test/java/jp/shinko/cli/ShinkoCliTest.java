package jp.shinko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShinkoCliTest {

    @Test
    void helpIsJapaneseByDefaultAndListsEveryCommand() {
        var run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("使い方:", "コマンド:", "serve", "demo", "import", "parse", "export",
                "db", "index", "version", "設定されたデータベースで Web アプリを起動します。");
    }

    @Test
    void helpIsEnglishWithLangEn() {
        var run = CliRun.of("--lang", "en", "serve", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage:", "Start the web app on the configured database.",
                "--port", "HTTP port (default: 8080).", "--data-dir");
    }

    @Test
    void localeFollowsLangOptionThenEnvironment() {
        assertThat(UiLocale.choose(new String[] {"--lang=en"}, Map.of("LANG", "ja_JP.UTF-8"))).isEqualTo(Locale.ENGLISH);
        assertThat(UiLocale.choose(new String[] {}, Map.of("LANG", "en_US.UTF-8"))).isEqualTo(Locale.ENGLISH);
        assertThat(UiLocale.choose(new String[] {}, Map.of("LANG", "C.UTF-8"))).isEqualTo(Locale.JAPANESE);
        assertThat(UiLocale.choose(new String[] {}, Map.of())).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void versionNamesTheProgramAndJava() {
        var run = CliRun.of("version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("shinko ").contains("Java 17");
    }

    @Test
    void parsingAnEmptyFileFailsNamingTheFile(@TempDir Path dir) throws Exception {
        var file = Files.createFile(dir.resolve("empty.txt"));
        var run = CliRun.of("parse", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("エラー: empty.txt: ファイルが空です");
    }

    @Test
    void parsingABinaryFileFailsWithAClearReason(@TempDir Path dir) throws Exception {
        var file = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff});
        var run = CliRun.of("parse", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("image.png: UTF-8 のテキストとして読めません");
    }

    @Test
    void unknownLayoutIsAnError(@TempDir Path dir) throws Exception {
        var file = Files.writeString(dir.resolve("list.txt"), "事業一覧\n");
        var run = CliRun.of("parse", "--layout", "osaka", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("list.txt: レイアウト「osaka」は知りません");
    }

    @Test
    void errorsAreEnglishWithLangEn(@TempDir Path dir) throws Exception {
        var empty = Files.createFile(dir.resolve("empty.txt"));
        assertThat(CliRun.of("--lang", "en", "parse", empty.toString()).err())
                .isEqualTo("Error: empty.txt: The file is empty" + System.lineSeparator());
        var binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff});
        assertThat(CliRun.of("--lang", "en", "parse", binary.toString()).err()).contains(
                "Error: image.png: Not readable as UTF-8 text (a binary file, or text in another encoding)");
        var list = Files.writeString(dir.resolve("list.txt"), "事業一覧\n");
        assertThat(CliRun.of("parse", "--layout", "osaka", "--lang=en", list.toString()).err()).contains(
                "Error: list.txt: Unknown layout \"osaka\" (known layouts: kagoshima-shiryo3, kumamoto-jigyo-ichiran)");
    }

    @Test
    void anErrorOnALineNamesFileLineAndReasonInTheChosenLanguage(@TempDir Path dir) throws Exception {
        var text = Files.readString(Path.of("samples/kumamoto-chusho-plan-r6.txt"));
        var bad = Files.writeString(dir.resolve("bad-amount.txt"),
                text.replace("(2)\t利子補給金\t商業金融課\t716", "(2)\t利子補給金\t商業金融課\t7x6"));
        var english = CliRun.of("--lang", "en", "parse", bad.toString());
        assertThat(english.exitCode()).isEqualTo(1);
        assertThat(english.err()).isEqualTo("Error: bad-amount.txt:41: Budget \"7x6\" is not an amount"
                + " (write thousand yen as digits, commas allowed, or - for none)" + System.lineSeparator());
        assertThat(CliRun.of("parse", bad.toString()).err()).isEqualTo("エラー: bad-amount.txt:41: 予算額「7x6」が"
                + "金額として読めません（千円単位の数字（3桁ごとのカンマ可）か、金額なしを示す - を書いてください）"
                + System.lineSeparator());
    }

    @Test
    void theImportReportsWarningsAreInTheChosenLanguage() {
        String sample = "samples/kagoshima-shokogyo-plan-r1-r2.txt";
        var english = CliRun.of("--lang", "en", "import", "--dry-run", sample);
        assertThat(english.exitCode()).isZero();
        assertThat(english.out()).contains("  warnings: 36", "    kagoshima-shokogyo-plan-r1-r2.txt:2150: No. 76:"
                + " 3 project periods are printed (S36年度～ S28年度～ H11年度～); the earliest start was taken as the"
                + " start of the project").doesNotContain("№");
        var japanese = CliRun.of("import", "--dry-run", sample);
        assertThat(japanese.out()).contains("  警告: 36 件", "    kagoshima-shokogyo-plan-r1-r2.txt:2150: №76 は事業期間が"
                + "3つ印字されています（S36年度～ S28年度～ H11年度～）。最も早い開始年度を事業の開始年度としました");
    }

    @Test
    void parseWritesTheWarningsInTheChosenLanguage() throws Exception {
        var json = jp.shinko.json.PlanJson.mapper()
                .readTree(CliRun.of("--lang", "en", "parse", "samples/kagoshima-shokogyo-plan-r1-r2.txt").out());
        assertThat(json.get("warnings")).hasSize(36); // 35 of the parser, one of Plausibility (№142 printed twice)
        assertThat(json.get("warnings").get(6).toString()).isEqualTo("{\"file\":\"kagoshima-shokogyo-plan-r1-r2.txt\","
                + "\"line\":2150,\"reason\":\"No. 76: 3 project periods are printed (S36年度～ S28年度～ H11年度～);"
                + " the earliest start was taken as the start of the project\"}");
    }

    @Test
    void parsePrintsTheDocumentAsJsonWithLineSpans() throws Exception {
        var run = CliRun.of("parse", "samples/kumamoto-chusho-plan-r6.txt");
        assertThat(run.exitCode()).isZero();
        var json = jp.shinko.json.PlanJson.mapper().readTree(run.out());
        var content = json.get("content");
        assertThat(content.get("source").get("asOf").asString()).isEqualTo("2024-03-31");
        assertThat(content.get("projects")).hasSize(59);
        assertThat(content.get("placements")).hasSize(63);
        var record = content.get("yearRecords").get(1);
        assertThat(record.toString()).isEqualTo("{\"projectKey\":\"創業者チャレンジ支援・育成事業\",\"year\":2024,"
                + "\"budget\":{\"kind\":\"VALUE\",\"thousandYen\":15400},\"settled\":{\"kind\":\"NOT_STATED\"},"
                + "\"content\":\"\",\"contentSameAsLeft\":false,\"evaluation\":null,\"outlook\":null,"
                + "\"expansionNote\":null,\"flags\":[],\"status\":\"APPROVED\",\"provenance\":{\"sourceSha256\":"
                + "\"791644604f9a6331209d946c70a1b9bac94b6688aaa6a56098db2738c1128d88\",\"firstLine\":30,\"lastLine\":31}}");
        assertThat(content.get("placements").get(1).get("node").asString()).isEqualTo("1/①");
        assertThat(json.get("warnings")).isEmpty();
    }
}

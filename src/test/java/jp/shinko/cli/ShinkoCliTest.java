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
                "db", "version", "設定されたデータベースで Web アプリを起動します。");
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

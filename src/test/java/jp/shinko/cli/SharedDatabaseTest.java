package jp.shinko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CLI while {@code serve} runs: two processes on the default embedded database. The server
 * side runs in this JVM (the application context, holding the file); the commands run in a child
 * JVM, as a person would start them in a second terminal.
 */
class SharedDatabaseTest {

    static final Path KUMAMOTO = Path.of("samples/kumamoto-chusho-plan-r6.txt").toAbsolutePath();

    @Test
    void importAndUserAddWorkWhileTheApplicationHoldsTheDatabase(@TempDir Path dir) throws Exception {
        try (var running = AppContext.start(dir, null)) {
            var jdbc = running.getBean(JdbcClient.class);

            var imported = cli(null, "--lang", "ja", "import", "--data-dir=" + dir, KUMAMOTO.toString());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("熊本市中小企業・小規模企業振興基本計画", "=> 取り込みました");
            // The running application sees what the other process wrote, through its own pool.
            assertThat(jdbc.sql("SELECT COUNT(*) FROM projects").query(Long.class).single()).isEqualTo(59L);

            var added = cli("a passphrase for the clerk\n", "--lang", "ja", "user", "add", "--role", "VIEWER",
                    "--password-stdin", "--data-dir=" + dir, "suzuki");
            assertThat(added.exitCode()).as(added.err()).isZero();
            assertThat(added.out()).contains("ユーザー suzuki を追加しました。");
            assertThat(jdbc.sql("SELECT role FROM users WHERE username = 'suzuki'").query(String.class).single())
                    .isEqualTo("VIEWER");
        }
    }

    @Test
    void aDatabaseHeldWithoutSharingIsRefusedInJapanese(@TempDir Path dir) throws Exception {
        // An old shinko (or a database tool) that opened the file without mixed mode holds it exclusively.
        var url = "jdbc:h2:file:" + dir.resolve("shinko") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (var held = DriverManager.getConnection(url, "sa", "")) {
            var run = cli(null, "--lang", "ja", "user", "list", "--data-dir=" + dir);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().strip()).isEqualTo("エラー: データベースを別のプロセスが使用中のため開けません"
                    + "（共有しない古い shinko や、ファイルを開いている別のツール）。そのプロセスを止めてから、もう一度実行してください。"
                    + "この版の「shinko serve」が動いている間は、そのまま実行できます。");
            assertThat(run.err()).doesNotContain("locked");
        }
    }

    /** Runs {@code shinko ARGS} in a JVM of its own, with {@code stdin} as its standard input. */
    private static CliRun cli(String stdin, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), ShinkoCli.class.getName()));
        command.addAll(List.of(args));
        var out = Files.createTempFile("shinko-cli", ".out");
        var err = Files.createTempFile("shinko-cli", ".err");
        var process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        try {
            return new CliRun(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}

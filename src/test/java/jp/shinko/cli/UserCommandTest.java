package jp.shinko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** {@code shinko user ...}: passwords only from a prompt or standard input, never from the command line. */
class UserCommandTest {

    private static synchronized CliRun withStdin(String input, String... args) {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return CliRun.of(args);
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void theFirstAdministratorIsAddedWithAPasswordFromStandardInputThenChangedAndDisabled(@TempDir Path dir)
            throws Exception {
        var data = "--data-dir=" + dir;
        var added = withStdin("first admin passphrase\n", "user", "add", "--role", "ADMIN", "--password-stdin", data,
                "tanaka");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("ユーザー tanaka を追加しました。");
        assertThat(passwordMatches(dir, "tanaka", "first admin passphrase")).isTrue();

        var changed = withStdin("second admin passphrase\n", "user", "passwd", "--password-stdin", data, "tanaka");
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(passwordMatches(dir, "tanaka", "second admin passphrase")).isTrue();

        var disabled = CliRun.of("user", "disable", data, "tanaka");
        assertThat(disabled.out()).contains("ユーザー tanaka を無効にしました。");
        assertThat(CliRun.of("user", "list", data).out()).contains("tanaka\tADMIN\t無効");
    }

    @Test
    void aPasswordIsNeverAnArgumentAndWithoutATerminalStandardInputIsNeeded(@TempDir Path dir) {
        var asArgument = CliRun.of("user", "add", "--role", "ADMIN", "--password", "secret passphrase",
                "--data-dir=" + dir, "tanaka");
        assertThat(asArgument.exitCode()).isEqualTo(2);
        assertThat(asArgument.err()).contains("--password");

        // Tests run without a console: no prompt is possible.
        var noTerminal = CliRun.of("user", "add", "--role", "ADMIN", "--data-dir=" + dir, "tanaka");
        assertThat(noTerminal.exitCode()).isEqualTo(1);
        assertThat(noTerminal.err()).contains("パスワードを入力する端末がありません。--password-stdin を使ってください。");

        var badRole = withStdin("first admin passphrase\n", "user", "add", "--role", "OWNER", "--password-stdin",
                "--data-dir=" + dir, "tanaka");
        assertThat(badRole.exitCode()).isEqualTo(1);
        assertThat(badRole.err()).contains("役割は ADMIN, COORDINATOR, ORG_EDITOR, VIEWER のいずれかです: OWNER");
    }

    @Test
    void helpListsTheUserCommands() {
        var help = CliRun.of("user", "--help");
        assertThat(help.out()).contains("add", "list", "passwd", "disable",
                "Web アプリのユーザーを管理します（追加・一覧・パスワード設定・無効化）。");
    }

    private static boolean passwordMatches(Path dir, String username, String password) throws Exception {
        var url = "jdbc:h2:file:" + dir.resolve("shinko") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var statement = connection.prepareStatement("SELECT password_hash FROM users WHERE username = ?")) {
            statement.setString(1, username);
            try (var rs = statement.executeQuery()) {
                rs.next();
                var hash = rs.getString(1);
                assertThat(hash).startsWith("{bcrypt}$2a$12$");
                return PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(password, hash);
            }
        }
    }
}

package jp.shinko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shinko check}: the consistency report of a stored plan, as text and CSV, and its rule settings. */
class CheckCommandTest {

    @Test
    void kagoshimasPublishedListIsReportedOneFindingPerLine(@TempDir Path dir) throws Exception {
        var data = "--data-dir=" + dir;
        assertThat(CliRun.of("import", data, "samples/kagoshima-shokogyo-plan-r1-r2.txt").exitCode()).isZero();

        var text = CliRun.of("check", data, "--plan", "kagoshima-shokogyo", "--year", "2019");
        assertThat(text.exitCode()).as("an error among the findings").isEqualTo(1);
        assertThat(text.out().lines()).hasSize(11).contains(
                "№120\t企業立地促進補助事業\t県（産業立地課）\t2019\tエラー\t未実施の評価で決算あり\t"
                        + "2019年度の評価は「―」（実施事業なし）ですが、決算額 1,552,650 千円があります。");
        assertThat(text.err()).contains("指摘 11 件（エラー 11 件、警告 0 件）");

        var csv = CliRun.of("check", data, "--plan", "kagoshima-shokogyo", "--format", "csv");
        assertThat(csv.out().lines()).hasSize(14).first().isEqualTo("番号,事業名,担当,年度,重大度,ルール,内容");
        assertThat(csv.out().lines()).last().asString().isEqualTo(
                "№277,移住・就業等支援事業,雇用推進課・産業創出課,2020,警告,予算額の急変,"
                        + "\"2019年度の 73 千円から 2020年度の予算額 48,889 千円へ、10倍以上（または10分の1以下）の変化です。\"");
    }

    @Test
    void aPlantedFormulaInAProjectNameIsTextInTheCsv(@TempDir Path dir) throws Exception {
        var data = "--data-dir=" + dir;
        assertThat(CliRun.of("import", data, "samples/kagoshima-shokogyo-plan-r1-r2.txt").exitCode()).isZero();
        var url = "jdbc:h2:file:" + dir.resolve("shinko") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var statement = connection.prepareStatement("UPDATE projects SET name = ? WHERE project_key = '120'")) {
            statement.setString(1, "=HYPERLINK(\"http://evil.example/\",\"x\")");
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
        var csv = CliRun.of("check", data, "--plan", "kagoshima-shokogyo", "--year", "2019", "--format", "csv");
        assertThat(csv.out().lines()).contains("№120,\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\","
                + "県（産業立地課）,2019,エラー,未実施の評価で決算あり,\"2019年度の評価は「―」（実施事業なし）ですが、"
                + "決算額 1,552,650 千円があります。\"");
    }

    @Test
    void aRuleSwitchedOffIsAuditedAndNoLongerReported(@TempDir Path dir) throws Exception {
        var data = "--data-dir=" + dir;
        assertThat(CliRun.of("import", data, "samples/kagoshima-shokogyo-plan-r1-r2.txt").exitCode()).isZero();

        var off = CliRun.of("check", data, "--plan", "kagoshima-shokogyo", "--set", "NOT_RUN_WITH_SETTLEMENT=off");
        assertThat(off.exitCode()).as(off.err()).isZero();
        assertThat(off.out().lines()).hasSize(3).startsWith("点検ルール NOT_RUN_WITH_SETTLEMENT を off:ERROR にしました。");
        assertThat(audited(dir)).isEqualTo("SET_CHECK_RULE kagoshima-shokogyo NOT_RUN_WITH_SETTLEMENT on:ERROR off:ERROR");

        var bad = CliRun.of("check", data, "--plan", "kagoshima-shokogyo", "--set", "JUMP=loud");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("「JUMP=loud」はルールの設定として読めません。");

        var noPlan = CliRun.of("check", data, "--plan", "fukuoka-shoko");
        assertThat(noPlan.exitCode()).isEqualTo(1);
        assertThat(noPlan.err()).contains("計画「fukuoka-shoko」はありません。");
    }

    private static String audited(Path dir) throws Exception {
        var url = "jdbc:h2:file:" + dir.resolve("shinko") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT action, plan_key, subject, old_value, new_value, actor"
                     + " FROM audit_entries WHERE action = 'SET_CHECK_RULE'")) {
            rs.next();
            assertThat(rs.getString("actor")).startsWith("cli:");
            return String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
        }
    }
}

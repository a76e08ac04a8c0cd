package jp.shinko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MunicipalityCommandTest {

    @Test
    void populationAndBusinessesAreRecordedWithTheirSourcesAndAudited(@TempDir Path data) throws Exception {
        var run = CliRun.of("municipality", "figures", "431001", "--population", "738865",
                "--population-as-of", "2020-10-01 国勢調査", "--businesses", "33000",
                "--businesses-as-of", "2021 経済センサス", "--data-dir", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("431001 の数値を登録しました: 人口 738,865、事業所数 33,000。" + System.lineSeparator());
        assertThat(audited(data)).containsExactly("population  → 738865", "populationAsOf  → 2020-10-01 国勢調査",
                "businesses  → 33000", "businessesAsOf  → 2021 経済センサス");
    }

    private static java.util.List<String> audited(Path dir) throws Exception {
        var url = "jdbc:h2:file:" + dir.resolve("shinko") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        var rows = new java.util.ArrayList<String>();
        try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
             var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT field, old_value, new_value, actor, subject FROM audit_entries"
                     + " WHERE action = 'SET_FIGURES' ORDER BY id")) {
            while (rs.next()) {
                assertThat(rs.getString("actor")).startsWith("cli:");
                assertThat(rs.getString("subject")).isEqualTo("431001");
                rows.add(rs.getString(1) + " " + (rs.getString(2) == null ? "" : rs.getString(2)) + " → " + rs.getString(3));
            }
        }
        return rows;
    }

    @Test
    void figuresMustBePositive(@TempDir Path data) {
        var run = CliRun.of("municipality", "figures", "431001", "--population", "0",
                "--population-as-of", "2020", "--data-dir", data.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("人口と事業所数は正の整数で指定してください。");
    }
}

package jp.shinko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shinko organization ...}: the plan's organizations from the command line, audited as in the app. */
class OrganizationCommandTest {

    @Test
    void anOrganizationIsAddedToAnImportedPlanListedAndAudited(@TempDir Path dir) throws Exception {
        var data = "--data-dir=" + dir;
        assertThat(CliRun.of("import", data, "samples/kumamoto-chusho-plan-r6.txt").exitCode()).isZero();

        var added = CliRun.of("organization", "add", data, "--kind", "city_department", "kumamoto-chusho",
                "スタートアップ推進室");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("組織「スタートアップ推進室」を追加しました。");

        var again = CliRun.of("organization", "add", data, "--kind", "CITY_DEPARTMENT", "kumamoto-chusho",
                "スタートアップ推進室");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("組織「スタートアップ推進室」はすでにあります。");

        // 商業金融課 is in charge of 9 entries of the list, two of them 【再掲】: 7 projects.
        var list = CliRun.of("organization", "list", data, "kumamoto-chusho");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out().lines())
                .contains("商業金融課\tCITY_DEPARTMENT\t事業 7 件", "スタートアップ推進室\tCITY_DEPARTMENT\t事業 0 件");
        assertThat(audited(dir)).isEqualTo("ADD_ORGANIZATION kumamoto-chusho スタートアップ推進室 CITY_DEPARTMENT");
    }

    @Test
    void anUnknownKindOrPlanIsAClearError(@TempDir Path dir) {
        var data = "--data-dir=" + dir;
        var badKind = CliRun.of("organization", "add", data, "--kind", "COMPANY", "kumamoto-chusho", "株式会社A");
        assertThat(badKind.exitCode()).isEqualTo(1);
        assertThat(badKind.err()).contains("組織の種別「COMPANY」はありません。次のいずれかを指定してください: CITY_DEPARTMENT, ");

        var noPlan = CliRun.of("organization", "list", data, "fukuoka-shoko");
        assertThat(noPlan.exitCode()).isEqualTo(1);
        assertThat(noPlan.err()).contains("計画「fukuoka-shoko」はありません。");
    }

    private static String audited(Path dir) throws Exception {
        var url = "jdbc:h2:file:" + dir.resolve("shinko") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var statement = connection.createStatement();
             var rs = statement.executeQuery(
                     "SELECT action, plan_key, subject, new_value, actor FROM audit_entries WHERE action = 'ADD_ORGANIZATION'")) {
            rs.next();
            assertThat(rs.getString("actor")).startsWith("cli:");
            return String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
        }
    }
}

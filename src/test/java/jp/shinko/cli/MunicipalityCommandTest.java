package jp.shinko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MunicipalityCommandTest {

    @Test
    void populationAndBusinessesAreRecordedWithTheirSources(@TempDir Path data) {
        var run = CliRun.of("municipality", "figures", "431001", "--population", "738865",
                "--population-as-of", "2020-10-01 国勢調査", "--businesses", "33000",
                "--businesses-as-of", "2021 経済センサス", "--data-dir", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("431001 の数値を登録しました: 人口 738,865、事業所数 33,000。" + System.lineSeparator());
    }

    @Test
    void figuresMustBePositive(@TempDir Path data) {
        var run = CliRun.of("municipality", "figures", "431001", "--population", "0",
                "--population-as-of", "2020", "--data-dir", data.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("人口と事業所数は正の整数で指定してください。");
    }
}

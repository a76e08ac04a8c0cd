package jp.shinko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {

    @Test
    void importIndexesAndIndexRebuildRebuildsFromTheDatabase(@TempDir Path data) {
        var imported = CliRun.of("import", "samples/kumamoto-chusho-plan-r6.txt", "--data-dir", data.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        // The import built the index in the data directory (missing at start, then the plan added).
        assertThat(Files.isDirectory(data.resolve("index"))).isTrue();

        var rebuilt = CliRun.of("index", "rebuild", "--data-dir", data.toString());
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out()).startsWith("検索索引を作り直しました: 計画 1 件、事業 59 件（")
                .contains("索引: " + data.resolve("index").toAbsolutePath());
    }

    @Test
    void indexHelpIsJapanese() {
        var run = CliRun.of("index", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("全文検索の索引の保守。", "rebuild");
    }
}

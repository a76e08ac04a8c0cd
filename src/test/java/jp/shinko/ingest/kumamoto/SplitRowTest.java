package jp.shinko.ingest.kumamoto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.LineEnd;
import org.junit.jupiter.api.Test;

/** An entry row a PDF's table printed with cells of several lines, gathered back into one row. */
class SplitRowTest {

    static final LineEnd WRAP = LineEnd.WRAP;
    static final LineEnd BREAK = LineEnd.BREAK;

    @Test
    void theCellsAfterARowsFirstLineAreGatheredUntilItHasFour() {
        var text = new DocumentText("list.pdf", "0", List.of(
                "(1)", "", "計画的な", "発注", "", "契約政策課", "工事契約課", "", "―", "", "概要。"),
                List.of(BREAK, BREAK, WRAP, BREAK, BREAK, BREAK, BREAK, BREAK, BREAK, BREAK, BREAK));
        assertThat(SplitRow.at(text, 1)).isEqualTo(new SplitRow("(1)\t計画的な発注\t契約政策課 工事契約課\t―", 9));
        assertThat(SplitRow.at(text, 11)).isEqualTo(new SplitRow("概要。", 11));
    }

    @Test
    void aRowOfPlainTextIsTakenAsItIs() {
        var text = new DocumentText("list.txt", "0", List.of("(1)\t計画的な発注", "契約政策課"));
        assertThat(SplitRow.at(text, 1)).isEqualTo(new SplitRow("(1)\t計画的な発注", 1));
    }
}

package jp.shinko.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OWASP's CSV injection rule as the shared writer applies it. */
class CsvCellTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://evil.example/\",\"x\")|'=HYPERLINK(\"http://evil.example/\",\"x\")",
            "+1+2|'+1+2",
            "-2+3|'-2+3",
            "@SUM(A1:A2)|'@SUM(A1:A2)",
            "'=x|''=x",
            "-1200|-1200",
            "+5|+5",
            "-0.5|-0.5",
            "創業支援|創業支援",
            "'quoted|'quoted",
            "―|―"})
    void cellsASpreadsheetWouldRunAreNeutralizedAndRestored(String cell, String written) {
        assertThat(CsvCell.neutralize(cell)).isEqualTo(written);
        assertThat(CsvCell.restore(written)).isEqualTo(cell);
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreNeutralized() {
        assertThat(CsvCell.neutralize("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCell.neutralize("\rcmd")).isEqualTo("'\rcmd");
        assertThat(CsvCell.neutralize("")).isEmpty();
        assertThat(CsvCell.neutralize(null)).isNull();
    }

    @Test
    void theWriterNeutralizesHeaderAndCellsButNotNumbers() throws Exception {
        var out = new StringWriter();
        try (var csv = CsvWriter.of(out, "=title", "amount")) {
            csv.row("=HYPERLINK(\"http://evil.example/\")", -5);
            csv.cell("@x");
            csv.cell(null);
            csv.endRow();
        }
        assertThat(out.toString()).isEqualTo("'=title,amount\r\n\"'=HYPERLINK(\"\"http://evil.example/\"\")\",-5\r\n'@x,\r\n");
    }
}

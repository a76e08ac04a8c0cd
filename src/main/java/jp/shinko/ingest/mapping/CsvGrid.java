package jp.shinko.ingest.mapping;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import org.apache.commons.csv.CSVFormat;

/**
 * A CSV file as a {@link Grid}: UTF-8 (with or without BOM), or Shift_JIS (Windows-31J) as Excel
 * writes it in Japan when the bytes are not UTF-8. Leading full-width spaces are the indentation.
 */
final class CsvGrid {

    private CsvGrid() {
    }

    static Grid read(String file, byte[] bytes) {
        String text;
        try {
            text = String.join("\n", DocumentText.fromUtf8(file, bytes).lines());
        } catch (ParseException notUtf8) {
            text = new String(bytes, Charset.forName("windows-31j"));
        }
        var rows = new ArrayList<Grid.Row>();
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            int line = 0;
            for (var record : parser) {
                line++;
                var cells = new ArrayList<Grid.Cell>();
                for (var value : record) {
                    cells.add(new Grid.Cell(value, null, indent(value)));
                }
                rows.add(new Grid.Row(line, 0, line, cells));
            }
        } catch (IOException | RuntimeException e) {
            throw new ParseException(file, 0, Reason.of("mapping.not-csv", Reason.detail(e)));
        }
        return new Grid(file, false, rows);
    }

    private static int indent(String value) {
        int n = 0;
        while (n < value.length() && value.charAt(n) == '\u3000') {
            n++;
        }
        return n;
    }
}

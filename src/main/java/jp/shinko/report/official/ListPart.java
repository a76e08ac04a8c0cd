package jp.shinko.report.official;

import java.util.List;

/** A run of rows that a workbook prints on a sheet of its own (a 方向性), and a PDF continuously. */
public record ListPart(String sheetName, List<ListRow> rows) {

    public ListPart {
        rows = List.copyOf(rows);
    }
}

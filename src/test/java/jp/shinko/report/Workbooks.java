package jp.shinko.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading exported workbooks back in tests. */
final class Workbooks {

    private Workbooks() {
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a cell, or the empty string for a missing or numeric cell. */
    static String text(Row row, int column) {
        if (row == null) {
            return "";
        }
        var cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    /** The index of the first row whose first cell reads {@code text}. */
    static int rowStartingWith(Sheet sheet, String text) {
        for (var row : sheet) {
            if (text.equals(text(row, 0))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starting with " + text + " in " + sheet.getSheetName());
    }

    /** The column whose heading in the given row starts with {@code prefix}. */
    static int column(Sheet sheet, int headerRow, String prefix) {
        var row = sheet.getRow(headerRow);
        for (var cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(prefix)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no heading " + prefix + " in row " + headerRow);
    }

    /** Every row below {@code headerRow} whose first cell matches the pattern (the entries of a list). */
    static List<Row> rowsBelow(Sheet sheet, int headerRow, String firstCellPattern) {
        var rows = new ArrayList<Row>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row != null && text(row, 0).matches(firstCellPattern)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The sum of the numeric cells of a column over the rows. */
    static long sum(List<Row> rows, int column) {
        long sum = 0;
        for (var row : rows) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                sum += (long) cell.getNumericCellValue();
            }
        }
        return sum;
    }
}

package jp.shinko.ingest.mapping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One sheet of a workbook as a {@link Grid}. A merged cell's value fills its whole area in the
 * header rows (a 予算額 spanning two year columns heads both) and down its column in the data rows
 * (a 部 merged over three projects belongs to each), but not across: a section row merged over the
 * table stays one cell, so that its other cells are blank.
 */
final class XlsxGrid {

    private XlsxGrid() {
    }

    /** The sheet's names, in the workbook's order. */
    static List<String> sheetNames(String file, byte[] bytes) {
        try (var workbook = open(file, bytes)) {
            var names = new ArrayList<String>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            return names;
        } catch (IOException e) {
            throw new ParseException(file, 0, Reason.of("mapping.not-xlsx", Reason.detail(e)));
        }
    }

    static Grid read(String file, byte[] bytes, String sheetName, int lastHeaderRow) {
        try (var workbook = open(file, bytes)) {
            Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
            if (sheet == null) {
                var names = new ArrayList<String>();
                workbook.forEach(s -> names.add(s.getSheetName()));
                throw new ParseException(file, 0, Reason.of("mapping.no-sheet", sheetName, names));
            }
            return grid(sheet, lastHeaderRow);
        } catch (IOException e) {
            throw new ParseException(file, 0, Reason.of("mapping.not-xlsx", Reason.detail(e)));
        }
    }

    private static XSSFWorkbook open(String file, byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ParseException(file, 0, Reason.of("mapping.not-xlsx", Reason.detail(e)));
        }
    }

    private static Grid grid(Sheet sheet, int lastHeaderRow) {
        var formatter = new DataFormatter(java.util.Locale.JAPAN);
        int last = sheet.getLastRowNum();
        var cells = new ArrayList<List<Grid.Cell>>();
        for (int r = 0; r <= last; r++) {
            var row = sheet.getRow(r);
            var list = new ArrayList<Grid.Cell>();
            if (row != null) {
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    list.add(cell(row.getCell(c), formatter));
                }
            }
            cells.add(list);
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int top = region.getFirstRow();
            int left = region.getFirstColumn();
            if (top > last) {
                continue;
            }
            var value = at(cells, top, left);
            for (int r = top; r <= Math.min(region.getLastRow(), last); r++) {
                boolean header = r + 1 <= lastHeaderRow;
                for (int c = left; c <= region.getLastColumn(); c++) {
                    if ((r != top || c != left) && (header || c == left)) {
                        put(cells.get(r), c, value);
                    }
                }
            }
        }
        var rows = new ArrayList<Grid.Row>();
        for (int r = 0; r < cells.size(); r++) {
            rows.add(new Grid.Row(r + 1, 0, r + 1, cells.get(r)));
        }
        return new Grid(sheet.getSheetName(), false, rows);
    }

    private static Grid.Cell at(List<List<Grid.Cell>> cells, int row, int column) {
        var list = cells.get(row);
        return column < list.size() ? list.get(column) : Grid.Cell.BLANK;
    }

    private static void put(List<Grid.Cell> row, int column, Grid.Cell value) {
        while (row.size() <= column) {
            row.add(Grid.Cell.BLANK);
        }
        row.set(column, value);
    }

    private static Grid.Cell cell(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return Grid.Cell.BLANK;
        }
        int indent = cell.getCellStyle() == null ? 0 : cell.getCellStyle().getIndention();
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> new Grid.Cell(cell.getStringCellValue(), null, indent);
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new Grid.Cell(formatter.formatCellValue(cell), null, indent)
                    : new Grid.Cell(NumberToTextConverter.toText(cell.getNumericCellValue()),
                            new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())), indent);
            case BOOLEAN -> new Grid.Cell(cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, indent);
            case ERROR -> new Grid.Cell(formatter.formatCellValue(cell), null, indent);
            default -> Grid.Cell.BLANK;
        };
    }
}

package jp.shinko.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.ZipArchive;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The template as an Excel workbook: a worksheet per sheet, the header in row 1, amounts as number cells. */
final class XlsxFile {

    private XlsxFile() {
    }

    static void write(List<Table> tables, OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            var styles = new XlsxStyles(workbook);
            for (var table : tables) {
                writeSheet(workbook.createSheet(table.sheet().name()), table, styles);
            }
            workbook.write(out);
        }
    }

    private static void writeSheet(Sheet sheet, Table table, XlsxStyles styles) {
        var columns = table.sheet().columns();
        var header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            var cell = header.createCell(i);
            cell.setCellValue(column.label());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(i, XlsxStyles.width(column));
            // New cells typed into the column take its format: text columns stay text, so 1/2 is not a date.
            sheet.setDefaultColumnStyle(i, styles.of(column.type()));
        }
        for (var row : table.rows()) {
            var sheetRow = sheet.createRow(row.line() - 1);
            for (int i = 0; i < columns.size(); i++) {
                writeCell(sheetRow, i, row.cell(i), columns.get(i), styles);
            }
        }
        sheet.createFreezePane(0, 1);
        int lastRow = Math.max(table.rows().size(), 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
        styles.dropDowns(sheet, columns, table.choices());
    }

    private static void writeCell(Row row, int index, Cell value, Column column, XlsxStyles styles) {
        if (value.equals(Cell.BLANK)) {
            return; // not stated: no cell at all
        }
        var cell = row.createCell(index);
        cell.setCellStyle(styles.of(column.type()));
        if (value.number() != null) {
            cell.setCellValue(value.number().doubleValue());
        } else if (value.date() != null) {
            cell.setCellValue(value.date());
        } else {
            cell.setCellValue(value.text());
        }
    }

    /** The template sheets of a workbook; other worksheets are left alone. */
    static List<Table> read(String file, byte[] bytes) {
        ZipArchive.check(file, bytes);
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new ParseException(file, 0, Reason.of("template.not-xlsx", Reason.detail(e)));
        }
        try (workbook) {
            var tables = new ArrayList<Table>();
            for (var sheet : workbook) {
                PlanWorkbook.sheet(sheet.getSheetName()).ifPresent(template -> tables.add(table(sheet, template)));
            }
            return tables;
        } catch (IOException e) {
            throw new ParseException(file, 0, Reason.of("template.not-xlsx", Reason.detail(e)));
        }
    }

    private static Table table(Sheet sheet, TemplateSheet template) {
        var header = new ArrayList<String>();
        var rows = new ArrayList<Table.Row>();
        for (var row : sheet) {
            var cells = new ArrayList<Cell>();
            for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                cells.add(cell(row.getCell(i)));
            }
            if (row.getRowNum() == 0) {
                cells.forEach(c -> header.add(c.asText()));
            } else {
                rows.add(new Table.Row(row.getRowNum() + 1, cells));
            }
        }
        return new Table(template, TemplateFormat.XLSX.place(template), header, rows, Map.of());
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell == null) {
            return Cell.BLANK;
        }
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> Cell.text(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? Cell.date(cell.getLocalDateTimeCellValue().toLocalDate())
                    : Cell.number(new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())));
            case BOOLEAN -> Cell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> Cell.text(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> Cell.BLANK;
        };
    }
}

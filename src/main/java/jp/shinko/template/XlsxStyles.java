package jp.shinko.template;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The look of a written workbook: one cell style per column type, header style, widths, drop-down lists. */
final class XlsxStyles {

    /** Drop-down lists reach this far down, so rows a person adds get them too. */
    private static final int LAST_VALIDATED_ROW = 9_999;

    private final CellStyle header;
    private final Map<Column.Type, CellStyle> byType = new EnumMap<>(Column.Type.class);

    XlsxStyles(XSSFWorkbook workbook) {
        var format = workbook.createDataFormat();
        var bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);
        for (var type : Column.Type.values()) {
            var style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setDataFormat(format.getFormat(switch (type) {
                case AMOUNT -> "#,##0";
                case INTEGER, YEAR -> "0";
                case DECIMAL -> "General";
                case DATE -> "yyyy-mm-dd";
                default -> "@";
            }));
            style.setWrapText(type == Column.Type.LONG_TEXT || type == Column.Type.LIST);
            byType.put(type, style);
        }
    }

    CellStyle header() {
        return header;
    }

    CellStyle of(Column.Type type) {
        return byType.get(type);
    }

    /** A column's width in 1/256 of a character: room for the header (full-width) and typical values. */
    static int width(Column column) {
        int characters = switch (column.type()) {
            case LONG_TEXT -> 60;
            case LIST, TEXT -> 24;
            case AMOUNT, DATE, CHOICE -> 14;
            default -> 8;
        };
        return Math.max(characters, column.label().length() * 2 + 2) * 256;
    }

    /** Drop-down lists: the choices given for a column, ○ for a flag column. */
    void dropDowns(Sheet sheet, List<Column> columns, Map<Column, List<String>> choices) {
        var helper = sheet.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            var values = column.type() == Column.Type.FLAG ? List.of(Flags.ON) : choices.get(column);
            if (values == null || values.isEmpty()) {
                continue;
            }
            var validation = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                    new CellRangeAddressList(1, LAST_VALIDATED_ROW, i, i));
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("入力できない値です", String.join("、", values) + " から選びます");
            validation.setShowErrorBox(true);
            sheet.addValidationData(validation);
        }
    }
}

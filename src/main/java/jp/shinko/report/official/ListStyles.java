package jp.shinko.report.official;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a list workbook, made once per workbook (a style per cell would bloat the
 * file and hit Excel's style limit).
 */
final class ListStyles {

    /** The font named in the workbook; Excel on Japanese Windows has it, LibreOffice substitutes. */
    static final String FONT = "ＭＳ Ｐゴシック";
    private static final byte[] SHADE = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};
    private static final byte[] HEADER = {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2};
    private static final byte[] SECTION = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};

    final CellStyle title;
    final CellStyle note;
    final CellStyle heading;
    final CellStyle header;
    final CellStyle headerVertical;
    final CellStyle[] text = new CellStyle[2];
    final CellStyle[] mark = new CellStyle[2];
    final CellStyle[] amount = new CellStyle[2];
    final CellStyle[] amountText = new CellStyle[2];
    final CellStyle[] detail = new CellStyle[2];
    final CellStyle[] section = new CellStyle[2];

    ListStyles(XSSFWorkbook workbook, double fontSize) {
        var body = font(workbook, fontSize, false);
        var bold = font(workbook, fontSize, true);
        title = workbook.createCellStyle();
        title.setFont(font(workbook, Math.max(12, fontSize * 1.6), true));
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        note = workbook.createCellStyle();
        note.setFont(body);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        heading = workbook.createCellStyle();
        heading.setFont(font(workbook, fontSize * 1.2, true));
        heading.setVerticalAlignment(VerticalAlignment.CENTER);
        header = bordered(workbook, bold, HorizontalAlignment.CENTER, HEADER);
        headerVertical = bordered(workbook, bold, HorizontalAlignment.CENTER, HEADER);
        headerVertical.setRotation((short) 0xFF);
        for (int shaded = 0; shaded < 2; shaded++) {
            var fill = shaded == 1 ? SHADE : null;
            text[shaded] = bordered(workbook, body, HorizontalAlignment.LEFT, fill);
            mark[shaded] = bordered(workbook, body, HorizontalAlignment.CENTER, fill);
            amount[shaded] = bordered(workbook, body, HorizontalAlignment.RIGHT, fill);
            amount[shaded].setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            amountText[shaded] = bordered(workbook, body, HorizontalAlignment.RIGHT, fill);
            detail[shaded] = bordered(workbook, body, HorizontalAlignment.LEFT, fill);
            detail[shaded].setVerticalAlignment(VerticalAlignment.TOP);
            section[shaded] = bordered(workbook, bold, HorizontalAlignment.LEFT, shaded == 0 ? SECTION : HEADER);
        }
    }

    private static XSSFFont font(XSSFWorkbook workbook, double size, boolean bold) {
        var font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeight(size);
        font.setBold(bold);
        return font;
    }

    private static XSSFCellStyle bordered(XSSFWorkbook workbook, XSSFFont font, HorizontalAlignment align,
                                          byte[] fill) {
        var style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        if (fill != null) {
            style.setFillForegroundColor(new XSSFColor(fill));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}

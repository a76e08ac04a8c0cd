package jp.shinko.report.official;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import jp.shinko.report.render.CellText;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a list as a print-ready workbook: the original's paper and orientation, fitted to the
 * page width, header rows repeated on every page and frozen on screen, wrapped text in columns
 * sized for Japanese, amounts as numbers formatted {@code #,##0} (― and 非公開 stay text), shaded
 * rows, page numbers and the title in the footer. A list in several parts gets a sheet per part,
 * and its preface a sheet of its own.
 */
public final class ListWorkbook {

    /** Points per line of text, as a multiple of the font size (Excel's own row height for a font). */
    private static final double LINE = 1.22;

    private final ListDocument list;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final ListStyles styles;

    private ListWorkbook(ListDocument list) {
        this.list = list;
        this.styles = new ListStyles(workbook, list.fontSize());
    }

    public static void write(ListDocument list, OutputStream out) {
        var writer = new ListWorkbook(list);
        try (var workbook = writer.workbook) {
            writer.build();
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void build() {
        boolean prefaceApart = list.preface() != null && list.parts().size() > 1;
        if (prefaceApart) {
            var sheet = newSheet(list.preface().name());
            int row = titleRows(sheet);
            preface(sheet, row);
            footnotes(sheet, sheet.getLastRowNum() + 2);
            printSetup(sheet, -1, -1);
        }
        for (var part : list.parts()) {
            var sheet = newSheet(part.sheetName());
            int row = titleRows(sheet);
            if (list.preface() != null && !prefaceApart) {
                row = preface(sheet, row) + 1;
            }
            if (list.tableHeading() != null) {
                textRow(sheet, row++, list.tableHeading(), styles.heading, list.fontSize() * 1.2);
            }
            int headerStart = row;
            row = headerRows(sheet, row);
            int bodyStart = row;
            for (var listRow : part.rows()) {
                row = listRow instanceof ListRow.Section section ? section(sheet, row, section)
                        : entry(sheet, row, (ListRow.Entry) listRow);
            }
            if (part.rows().stream().allMatch(ListRow.Entry.class::isInstance) && list.detailHeader() == null
                    && row > bodyStart) {
                sheet.setAutoFilter(new CellRangeAddress(bodyStart - 1, row - 1, 0, lastColumn()));
            }
            footnotes(sheet, row + 1);
            sheet.createFreezePane(list.frozenColumns(), bodyStart);
            printSetup(sheet, headerStart, bodyStart - 1);
        }
    }

    private XSSFSheet newSheet(String name) {
        var unique = name;
        for (int n = 2; workbook.getSheet(unique) != null; n++) {
            unique = name + " (" + n + ")";
        }
        var sheet = workbook.createSheet(unique);
        var columns = list.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, widthUnits(columns.get(c).width()));
        }
        return sheet;
    }

    /**
     * Excel column width (1/256 of a digit of the default 11pt Calibri, 7 px at 96 dpi) that holds
     * this many full-width characters of the list's font, plus the cell's padding.
     */
    private int widthUnits(double fullWidthChars) {
        double pixels = fullWidthChars * list.fontSize() * 96 / 72;
        return (int) Math.min(255 * 256, Math.round((pixels / 7 + 1) * 256));
    }

    private int lastColumn() {
        return list.columns().size() - 1;
    }

    private int titleRows(XSSFSheet sheet) {
        int row = 0;
        textRow(sheet, row++, list.title(), styles.title, Math.max(12, list.fontSize() * 1.6));
        if (!list.legend().isEmpty()) {
            textRow(sheet, row++, String.join("　　", list.legend()), styles.note, list.fontSize());
        }
        return row + 1;
    }

    private int preface(XSSFSheet sheet, int row) {
        var preface = list.preface();
        textRow(sheet, row++, preface.heading(), styles.heading, list.fontSize() * 1.2);
        if (!preface.introduction().isBlank()) {
            textRow(sheet, row++, preface.introduction(), styles.note, list.fontSize());
        }
        for (var item : preface.items()) {
            textRow(sheet, row++, item, styles.note, list.fontSize());
        }
        return row;
    }

    private void footnotes(XSSFSheet sheet, int row) {
        for (var footnote : list.footnotes()) {
            textRow(sheet, row++, footnote, styles.note, list.fontSize());
        }
    }

    /** A line of text across the whole width, high enough for its wrapped lines. */
    private void textRow(XSSFSheet sheet, int rowIndex, String text, CellStyle style, double fontSize) {
        var row = sheet.createRow(rowIndex);
        var cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (lastColumn() > 0) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn()));
        }
        double width = list.totalWidth() * list.fontSize() / fontSize;
        row.setHeightInPoints(points(CellText.lines(text, width), fontSize));
    }

    private int headerRows(XSSFSheet sheet, int row) {
        var columns = list.columns();
        boolean groups = list.hasGroups();
        var top = sheet.createRow(row);
        var bottom = groups ? sheet.createRow(row + 1) : top;
        int tallest = 2;
        for (int c = 0; c < columns.size(); c++) {
            var column = columns.get(c);
            var style = column.vertical() ? styles.headerVertical : styles.header;
            int lines = column.vertical() ? column.header().length() : CellText.lines(column.header(), column.width());
            tallest = Math.max(tallest, lines);
            if (groups && column.group() == null) {
                set(top, c, column.header(), style);
                set(bottom, c, "", style);
                sheet.addMergedRegion(new CellRangeAddress(row, row + 1, c, c));
            } else {
                set(bottom, c, column.header(), style);
            }
        }
        if (groups) {
            for (int c = 0; c < columns.size(); ) {
                var group = columns.get(c).group();
                int end = c;
                while (end + 1 < columns.size() && group != null && group.equals(columns.get(end + 1).group())) {
                    end++;
                }
                if (group != null) {
                    for (int g = c; g <= end; g++) {
                        set(top, g, g == c ? group : "", styles.header);
                    }
                    if (end > c) {
                        sheet.addMergedRegion(new CellRangeAddress(row, row, c, end));
                    }
                }
                c = end + 1;
            }
            top.setHeightInPoints(points(1.5, list.fontSize()));
            bottom.setHeightInPoints(Math.max(points(2, list.fontSize()),
                    points(tallest, list.fontSize()) - top.getHeightInPoints()));
            return detailHeader(sheet, row + 2);
        }
        top.setHeightInPoints(points(tallest, list.fontSize()));
        return detailHeader(sheet, row + 1);
    }

    /** The heading of the full-width line each entry has below its cells, under the column headings. */
    private int detailHeader(XSSFSheet sheet, int rowIndex) {
        if (list.detailHeader() == null) {
            return rowIndex;
        }
        var row = sheet.createRow(rowIndex);
        for (int c = 0; c <= lastColumn(); c++) {
            set(row, c, c == 0 ? list.detailHeader() : "", styles.header);
        }
        if (lastColumn() > 0) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn()));
        }
        row.setHeightInPoints(points(1, list.fontSize()));
        return rowIndex + 1;
    }

    private int section(XSSFSheet sheet, int rowIndex, ListRow.Section section) {
        var row = sheet.createRow(rowIndex);
        var style = styles.section[section.level() == 1 ? 0 : 1];
        for (int c = 0; c <= lastColumn(); c++) {
            set(row, c, c == 0 ? section.text() : "", style);
        }
        if (lastColumn() > 0) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, lastColumn()));
        }
        row.setHeightInPoints(points(CellText.lines(section.text(), list.totalWidth()), list.fontSize()));
        return rowIndex + 1;
    }

    private int entry(XSSFSheet sheet, int rowIndex, ListRow.Entry entry) {
        int shade = entry.shaded() ? 1 : 0;
        var row = sheet.createRow(rowIndex);
        var columns = list.columns();
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            var column = columns.get(c);
            var cell = row.createCell(c);
            var value = entry.cells().get(c);
            if (value instanceof ListCell.Money money && money.amount().isPresent()) {
                cell.setCellValue(money.amount().thousandYen());
                cell.setCellStyle(styles.amount[shade]);
            } else if (value instanceof ListCell.Money money) {
                cell.setCellValue(money.text());
                cell.setCellStyle(styles.amountText[shade]);
            } else {
                cell.setCellValue(value.text());
                cell.setCellStyle(column.kind() == ListColumn.Kind.TEXT ? styles.text[shade] : styles.mark[shade]);
                lines = Math.max(lines, CellText.lines(value.text(), column.width()));
            }
        }
        // Set explicitly: LibreOffice converting headless keeps rows at the default height, and
        // Excel does not always fit rows to wrapped text when it opens a file.
        row.setHeightInPoints(points(lines, list.fontSize()));
        if (entry.detail() == null || list.detailHeader() == null) {
            return rowIndex + 1;
        }
        var detailRow = sheet.createRow(rowIndex + 1);
        for (int c = 0; c <= lastColumn(); c++) {
            set(detailRow, c, c == 0 ? entry.detail() : "", styles.detail[shade]);
        }
        if (lastColumn() > 0) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex + 1, rowIndex + 1, 0, lastColumn()));
        }
        detailRow.setHeightInPoints(points(CellText.lines(entry.detail(), list.totalWidth()), list.fontSize()));
        return rowIndex + 2;
    }

    /** The height of a row of this many lines of text, with the cell's padding. */
    private static float points(double lines, double fontSize) {
        return (float) (lines * fontSize * LINE + 3);
    }

    private static void set(XSSFRow row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private void printSetup(XSSFSheet sheet, int firstHeaderRow, int lastHeaderRow) {
        var print = sheet.getPrintSetup();
        print.setPaperSize(list.paper().poiPaperSize());
        print.setLandscape(list.paper().landscape());
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.3);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.3);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.HEADER, 0.25);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.FOOTER, 0.25);
        if (firstHeaderRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        }
        // & starts a code in header and footer texts; a literal one is written &&.
        var title = list.title().replace("&", "&&");
        sheet.getFooter().setLeft("&8" + title);
        sheet.getFooter().setRight("&8&P / &N");
        if (!list.corner().isEmpty()) {
            sheet.getHeader().setRight("&10" + list.corner().replace("&", "&&"));
        }
    }
}

package jp.shinko.report.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the summary as a workbook: a sheet per table (by year, by top-level node, by organization,
 * evaluations, new and ending projects), amounts as numbers formatted {@code #,##0}, each chart as
 * a picture beside its table; A4 landscape, fitted to the page width.
 */
public final class SummaryWorkbook {

    private static final String FONT = "ＭＳ Ｐゴシック";
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final PlanSummary summary;
    private final CellStyle title;
    private final CellStyle note;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle dash;

    private SummaryWorkbook(PlanSummary summary) {
        this.summary = summary;
        title = workbook.createCellStyle();
        title.setFont(font(14, true));
        note = workbook.createCellStyle();
        note.setFont(font(10, false));
        header = bordered(font(10, true), HorizontalAlignment.CENTER);
        ((XSSFCellStyle) header).setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2}));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(font(10, false), HorizontalAlignment.LEFT);
        number = bordered(font(10, false), HorizontalAlignment.RIGHT);
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        dash = bordered(font(10, false), HorizontalAlignment.RIGHT);
    }

    public static void write(PlanSummary summary, OutputStream out) {
        var writer = new SummaryWorkbook(summary);
        try (var workbook = writer.workbook) {
            writer.build();
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void build() {
        var measures = summary.measures().stream().map(m -> m.label() + "（千円）").toList();

        var overview = sheet("年度別", new int[] {24, 10, 18, 18});
        int row = heading(overview, "年度別の合計");
        row = table(overview, row, List.of("年度", "事業数", "予算額（千円）", "決算額（千円）"),
                summary.byYear().stream().map(r -> cells(r.label(), r.projects(), r.totals())).toList());
        for (var line : summary.notes()) {
            cell(overview.createRow(row++), 0, line, note);
        }

        var nodes = sheet(summary.topLevelName() + "別", widths(2, measures.size(), 16, 34));
        row = heading(nodes, summary.topLevelName() + "別の合計");
        var nodeRows = new ArrayList<List<Object>>();
        summary.byNode().forEach(r -> nodeRows.add(cells(r.label(), r.note(), r.projects(), r.totals())));
        nodeRows.add(cells(summary.total().label(), "", summary.total().projects(), summary.total().totals()));
        row = table(nodes, row, headers(List.of(summary.topLevelName(), "名称", "事業数"), measures), nodeRows);
        picture(nodes, SummaryCharts.byNode(summary), row + 1);

        var organizations = sheet("組織別", widths(2, measures.size(), 34, 16));
        row = heading(organizations, "組織別の合計（実施主体、なければ担当課の筆頭）");
        row = table(organizations, row, headers(List.of("組織", "種別", "事業数"), measures),
                summary.byOrganization().stream().map(r -> cells(r.label(), r.note(), r.projects(), r.totals())).toList());
        picture(organizations, SummaryCharts.byOrganization(summary, 15), row + 1);

        if (summary.evaluationYear() != null) {
            var evaluations = sheet("事業評価", widths(2, summary.marks().size() + 1, 16, 34));
            row = heading(evaluations, jp.shinko.era.JapaneseYearFormat.japanese(summary.evaluationYear())
                    + "の事業評価（事業数）");
            var headers = new ArrayList<>(List.of(summary.topLevelName(), "名称"));
            for (int m = 0; m < summary.marks().size(); m++) {
                headers.add(summary.marks().get(m) + " " + summary.markLabels().get(m));
            }
            headers.add("計");
            var rows = new ArrayList<List<Object>>();
            for (var r : summary.evaluations()) {
                rows.add(evaluationCells(r));
            }
            rows.add(evaluationCells(summary.evaluationTotal()));
            row = table(evaluations, row, headers, rows);
            picture(evaluations, SummaryCharts.evaluations(summary), row + 1);
        }

        var changes = sheet("新規・終了", new int[] {8, 40, 30, 28, 14});
        row = heading(changes, jp.shinko.era.JapaneseYearFormat.japanese(summary.year()) + "の新規事業（"
                + summary.newProjects().size() + "件）");
        var projectHeaders = List.of("番号", "事業名", summary.topLevelName(), "組織", "予算額（千円）");
        row = table(changes, row, projectHeaders, projectRows(summary.newProjects()));
        row = heading(changes, row + 1, "次年度以降「" + PlanSummary.ENDED + "」の事業（" + summary.endedProjects().size() + "件）");
        table(changes, row, projectHeaders, projectRows(summary.endedProjects()));
    }

    private static int[] widths(int textColumns, int numberColumns, int first, int second) {
        var widths = new int[textColumns + 1 + numberColumns];
        widths[0] = first;
        widths[1] = second;
        for (int i = textColumns; i < widths.length; i++) {
            widths[i] = 16;
        }
        widths[textColumns] = 9;
        return widths;
    }

    private static List<String> headers(List<String> first, List<String> more) {
        var all = new ArrayList<>(first);
        all.addAll(more);
        return all;
    }

    private static List<Object> cells(Object... leading) {
        var cells = new ArrayList<>();
        for (var value : leading) {
            if (value instanceof List<?> list) {
                cells.addAll(list);
            } else {
                cells.add(value);
            }
        }
        return cells;
    }

    private static List<Object> evaluationCells(EvaluationRow row) {
        var cells = new ArrayList<Object>(List.of(row.label(), row.note()));
        row.counts().forEach(c -> cells.add((long) c));
        cells.add((long) row.total());
        return cells;
    }

    private static List<List<Object>> projectRows(List<ProjectLine> lines) {
        return lines.stream().map(l -> (List<Object>) new ArrayList<Object>(List.of(l.number(), l.name(), l.node(),
                l.organization(), l.budget().isPresent() ? (Object) l.budget().thousandYen() : l.printedBudget())))
                .toList();
    }

    private XSSFSheet sheet(String name, int[] widths) {
        var sheet = workbook.createSheet(name);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        var row = sheet.createRow(0);
        row.setHeightInPoints(22);
        cell(row, 0, summary.title(), title);
        var print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.getFooter().setLeft("&9" + summary.title().replace("&", "&&"));
        sheet.getFooter().setRight("&9&P / &N");
        return sheet;
    }

    private int heading(XSSFSheet sheet, String text) {
        return heading(sheet, 2, text);
    }

    private int heading(XSSFSheet sheet, int row, String text) {
        cell(sheet.createRow(row), 0, text, note);
        return row + 1;
    }

    /** A table with a header row; numbers (Long) become numeric cells, null becomes ―. Returns the next free row. */
    private int table(XSSFSheet sheet, int start, List<String> headers, List<List<Object>> rows) {
        var head = sheet.createRow(start);
        // Headings such as 令和2年度 予算額（千円） take two lines in their columns.
        head.setHeightInPoints(30);
        for (int c = 0; c < headers.size(); c++) {
            cell(head, c, headers.get(c), header);
        }
        int r = start + 1;
        for (var values : rows) {
            var row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                var value = values.get(c);
                if (value instanceof Number n) {
                    var cell = row.createCell(c);
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(number);
                } else if (value == null) {
                    cell(row, c, "―", dash);
                } else {
                    cell(row, c, value.toString(), c < 2 ? text : dash);
                }
            }
        }
        return r;
    }

    private void picture(XSSFSheet sheet, byte[] png, int row) {
        int index = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        var anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(0);
        anchor.setRow1(row);
        var picture = sheet.createDrawingPatriarch().createPicture(anchor, index);
        // The PNG is drawn at twice its display size for print; show it at its layout size.
        picture.resize(0.5);
    }

    private static void cell(org.apache.poi.ss.usermodel.Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private org.apache.poi.xssf.usermodel.XSSFFont font(double size, boolean bold) {
        var font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeight(size);
        font.setBold(bold);
        return font;
    }

    private XSSFCellStyle bordered(org.apache.poi.xssf.usermodel.XSSFFont font, HorizontalAlignment align) {
        var style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}

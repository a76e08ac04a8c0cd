package jp.shinko.ingest.mapping;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the three city tables of src/test/resources/mapping/ the way a city's staff would lay them
 * out in Excel: ruled cells, merged headers, numbers as number cells with thousands separators.
 * Run once ({@code main}) to make the committed XLSX files; their PDFs are LibreOffice's
 * ({@code soffice --headless --convert-to pdf}), committed beside them.
 */
public final class MappingFixtures {

    static final Path DIR = Path.of("src/test/resources/mapping");

    private MappingFixtures() {
    }

    public static void main(String[] args) throws IOException {
        write(DIR.resolve("minato-sections.xlsx"), MappingFixtures::minato);
        write(DIR.resolve("sakura-codes.xlsx"), MappingFixtures::sakura);
        write(DIR.resolve("kaede-departments.xlsx"), MappingFixtures::kaede);
    }

    /**
     * A workbook in the layout of (b), sakura-codes, with {@code rows} projects over ten 方針 of five
     * 施策 each, for the benchmarks; read with sakura-codes.yaml.
     */
    public static byte[] codesWorkbook(int rows) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var s = styles(workbook);
            var sheet = workbook.createSheet("令和6年度");
            title(sheet, s, "さくら市商業振興プラン 事業実績・計画一覧");
            row(sheet, 2, s, "方針", "施策", "事業名", "事業期間", "R5決算額（千円）", "R6予算額（千円）", "R5評価", "今後の方向性");
            String[] marks = {"A", "B", "C"};
            for (int i = 0; i < rows; i++) {
                String policy = i % 30 == 0 ? String.valueOf(i / 30 + 1) : null;
                String measure = i % 6 == 0 ? "(" + (i / 6 % 5 + 1) + ")" : null;
                row(sheet, i + 3, s, policy, measure, "事業" + (i + 1) + " 商店街の活性化支援", "R" + (i % 5 + 1) + "～R8",
                        1_000 + i * 7, 1_200 + i * 11, marks[i % 3], i % 2 == 0 ? "継続" : "拡充");
            }
            widths(sheet, 3, 3, 13, 7, 8, 8, 4, 6);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private interface Filler {
        void fill(XSSFWorkbook workbook, Styles styles);
    }

    private record Styles(CellStyle text, CellStyle header, CellStyle number, CellStyle title) {
    }

    private static void write(Path file, Filler filler) throws IOException {
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            filler.fill(workbook, styles(workbook));
            workbook.write(out);
        }
    }

    private static Styles styles(XSSFWorkbook workbook) {
        var text = ruled(workbook);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.CENTER);
        var header = ruled(workbook);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        var number = ruled(workbook);
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        number.setVerticalAlignment(VerticalAlignment.CENTER);
        var title = workbook.createCellStyle();
        return new Styles(text, header, number, title);
    }

    private static CellStyle ruled(XSSFWorkbook workbook) {
        var style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        var font = workbook.createFont();
        font.setFontName("IPAexGothic");
        font.setFontHeightInPoints((short) 10);
        style.setFont(font);
        return style;
    }

    /** A row of values: a String is text, a Number a number cell, null a blank ruled cell. */
    private static void row(Sheet sheet, int rowNumber, Styles styles, Object... values) {
        var row = sheet.createRow(rowNumber - 1);
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            Object value = values[i];
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(styles.number());
            } else {
                if (value != null) {
                    cell.setCellValue((String) value);
                }
                cell.setCellStyle(rowNumber <= 3 ? styles.header() : styles.text());
            }
        }
    }

    private static void title(Sheet sheet, Styles styles, String text) {
        var cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title());
    }

    private static void merge(Sheet sheet, String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256 * 2);
        }
        // Printed as cities print such lists: A4 landscape, the table fitted to the page's width.
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** (a) A merged two-row header, a section row per 基本方針 and 施策, amounts in 円. */
    private static void minato(XSSFWorkbook workbook, Styles s) {
        var sheet = workbook.createSheet("事業一覧");
        title(sheet, s, "令和6年度 港市中小企業振興施策 事業一覧");
        row(sheet, 2, s, "番号", "事業名", "担当課", "金額（円）", null, "備考");
        row(sheet, 3, s, null, null, null, "令和5年度決算額", "令和6年度予算額", null);
        merge(sheet, "A2:A3");
        merge(sheet, "B2:B3");
        merge(sheet, "C2:C3");
        merge(sheet, "D2:E2");
        merge(sheet, "F2:F3");
        section(sheet, s, 4, "基本方針1 創業と事業承継の支援");
        section(sheet, s, 5, "(1) 創業の促進");
        row(sheet, 6, s, "1", "創業支援補助金", "商工振興課", 12_345_000, 15_000_000, null);
        row(sheet, 7, s, "2", "創業セミナー開催事業", "商工振興課", 480_000, 500_000, "商工会議所と共催");
        section(sheet, s, 8, "(2) 事業承継の円滑化");
        row(sheet, 9, s, "3", "事業承継相談事業", "経営支援課", 2_580_000, 3_000_000, null);
        section(sheet, s, 10, "基本方針2 販路の開拓");
        section(sheet, s, 11, "(1) 国内外への販路拡大");
        row(sheet, 12, s, "4", "展示会出展支援補助金", "商工振興課", "―", 6_200_000, "令和6年度から");
        row(sheet, 13, s, "5", "創業支援補助金", "商工振興課", null, null, "再掲");
        widths(sheet, 3, 14, 7, 8, 8, 9);
    }

    private static void section(Sheet sheet, Styles s, int rowNumber, String text) {
        row(sheet, rowNumber, s, text, null, null, null, null, null);
        merge(sheet, "A" + rowNumber + ":F" + rowNumber);
    }

    /** (b) Code columns (1, (1)), evaluation A/B/C, periods in 和暦, amounts in 千円. */
    private static void sakura(XSSFWorkbook workbook, Styles s) {
        var sheet = workbook.createSheet("令和6年度");
        title(sheet, s, "さくら市商業振興プラン 事業実績・計画一覧");
        row(sheet, 2, s, "方針", "施策", "事業名", "事業期間", "R5決算額（千円）", "R6予算額（千円）", "R5評価", "今後の方向性");
        row(sheet, 3, s, "1", "(1)", "商店街にぎわい創出事業", "R2～R6", 4_520, 5_000, "A", "継続");
        row(sheet, 4, s, null, "(2)", "空き店舗活用補助金", "令和3年度から", 1_200, 1_500, "B", "拡充");
        row(sheet, 5, s, "2", "(1)", "中小企業融資制度", "平成30年度～", 120_000, "－", "C", "見直し");
        row(sheet, 6, s, null, null, "事業承継セミナー", "R5～R7", 0, 800, null, "継続");
        widths(sheet, 3, 3, 13, 7, 8, 8, 4, 6);
    }

    /** (c) 部 and 課 in two columns (部 merged down), ● and 新 / 拡 / 再掲 markers, codes 1-2 in one column. */
    private static void kaede(XSSFWorkbook workbook, Styles s) {
        var sheet = workbook.createSheet("一覧");
        title(sheet, s, "かえで町 産業振興計画 令和6年度 実施事業");
        row(sheet, 3, s, "体系", "事業名", "担当部", "担当課", "区分", "重点", "予算額（千円）", "備考");
        row(sheet, 4, s, "1-1", "観光PR事業", "経済観光部", "観光課", "新", "●", 8_000, null);
        row(sheet, 5, s, "1-1", "物産展開催事業", null, "観光課", null, null, 3_500, null);
        merge(sheet, "C4:C5");
        row(sheet, 6, s, "1-2", "工業団地整備事業", "都市整備部", "企業立地課", "拡", "●", 250_000, "用地取得を含む");
        row(sheet, 7, s, "2-1", "創業スクール", "経済観光部", "商工課", "新・拡", null, 1_200, null);
        row(sheet, 8, s, "2-1", "観光PR事業", "経済観光部", "観光課", "再掲", null, null, null);
        widths(sheet, 3, 10, 6, 6, 4, 3, 7, 9);
    }
}

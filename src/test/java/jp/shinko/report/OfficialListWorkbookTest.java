package jp.shinko.report;

import static jp.shinko.report.Workbooks.column;
import static jp.shinko.report.Workbooks.rowStartingWith;
import static jp.shinko.report.Workbooks.rowsBelow;
import static jp.shinko.report.Workbooks.sum;
import static jp.shinko.report.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.shinko.plan.Project;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official lists as workbooks, read back with POI. */
class OfficialListWorkbookTest {

    private static XSSFWorkbook kagoshima;
    private static XSSFWorkbook kumamoto;

    @BeforeAll
    static void export() {
        var exporter = new PlanExporter();
        kagoshima = Workbooks.open(exporter.export(SamplePlans.kagoshima(),
                ExportRequest.of(ExportFormat.OFFICIAL_XLSX)).bytes());
        kumamoto = Workbooks.open(exporter.export(SamplePlans.kumamoto(),
                ExportRequest.of(ExportFormat.OFFICIAL_XLSX)).bytes());
    }

    private static List<Row> kagoshimaEntries() {
        var sheet = kagoshima.getSheetAt(0);
        return rowsBelow(sheet, rowStartingWith(sheet, "№") + 1, "\\d+");
    }

    @Test
    void kagoshimaListIsTitledFromThePlanAndItsTwoYears() {
        var sheet = kagoshima.getSheetAt(0);
        assertThat(kagoshima.getNumberOfSheets()).isEqualTo(1);
        assertThat(text(sheet.getRow(0), 0)).isEqualTo("【資料３】商工業振興プランに係る事業概要等一覧（31(R元)・2年度）");
        assertThat(text(sheet.getRow(1), 0)).startsWith("網かけは、鹿児島市以外（関係機関）の取組")
                .contains("十分に達成された（100％以上）：◎", "概ね達成された（70％以上）：○",
                        "あまり達成されなかった（70％未満）：△", "H31(R元)の実施事業なし：―");
        int header = rowStartingWith(sheet, "№");
        assertThat(text(sheet.getRow(header), column(sheet, header, "H31"))).isEqualTo("H31(R元)年度");
        assertThat(text(sheet.getRow(header), column(sheet, header, "R2"))).isEqualTo("R2年度");
        assertThat(text(sheet.getRow(header), column(sheet, header, "R3"))).isEqualTo("R3年度以降（予定）");
    }

    @Test
    void kagoshimaAmountsAreNumbersThatAddUpToTheListsTotals() {
        var sheet = kagoshima.getSheetAt(0);
        int header = rowStartingWith(sheet, "№") + 1;
        var entries = kagoshimaEntries();
        assertThat(entries).hasSize(286);
        int budget = column(sheet, header, "予算額");
        int settled = column(sheet, header, "決算額");
        assertThat(sum(entries, budget)).isEqualTo(7_594_877);
        assertThat(sum(entries, settled)).isEqualTo(5_389_552);
        var numeric = entries.stream().filter(r -> r.getCell(budget).getCellType() == CellType.NUMERIC).toList();
        assertThat(numeric).hasSize(154);
        assertThat(numeric.get(0).getCell(budget).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        // ― only where the list has no amount, 非公開 where it withholds one, empty where it says nothing.
        assertThat(entries.stream().filter(r -> "―".equals(text(r, budget))).count()).isEqualTo(57);
        assertThat(entries.stream().filter(r -> "非公開".equals(text(r, budget))).count()).isEqualTo(14);
        assertThat(entries.stream().filter(r -> "非公開".equals(text(r, settled))).count()).isEqualTo(15);
    }

    @Test
    void kagoshimaRowsCarryTheRecordInTheOriginalsColumnOrder() {
        var sheet = kagoshima.getSheetAt(0);
        var row = kagoshimaEntries().get(6);
        var cells = new ArrayList<String>();
        for (int c = 0; c < 19; c++) {
            var cell = row.getCell(c);
            cells.add(cell.getCellType() == CellType.NUMERIC ? String.format("%,d", (long) cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        assertThat(cells.subList(0, 10)).containsExactly("7", "", "1", "1", "1", "2", "○",
                "メディア等活用宣伝事業\n\n※H25までは「観光かごしまプロモーション事業」", "S55年度～",
                "本市観光の魅力について、テレビCMや番組、雑誌、ウェブ等を活用したメディアミックスによるPRのほか、"
                        + "新聞等への広告掲載等により、本市への誘客を図る。");
        assertThat(cells.get(10)).isEqualTo("30,281");
        assertThat(cells.get(12)).isEqualTo("○");
        assertThat(cells.get(13)).isEqualTo("34,114");
        assertThat(cells.subList(15, 19)).containsExactly("継続予定", "", "観光プロモーション課", "");
        assertThat(sheet.getRow(rowStartingWith(sheet, "№")).getLastCellNum()).isEqualTo((short) 19);
    }

    @Test
    void kagoshimaRowsOfOutsideBodiesAreShaded() {
        var projects = SamplePlans.kagoshima().projectsByKey();
        for (var row : kagoshimaEntries()) {
            Project project = projects.get(text(row, 0));
            var fill = row.getCell(9).getCellStyle().getFillPattern();
            assertThat(fill).as("row %s", project.key())
                    .isEqualTo(project.cityOwn() ? FillPatternType.NO_FILL : FillPatternType.SOLID_FOREGROUND);
        }
        assertThat(kagoshimaEntries().stream()
                .filter(r -> r.getCell(9).getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND))
                .hasSize((int) SamplePlans.kagoshima().projects().stream().filter(p -> !p.cityOwn()).count());
    }

    @Test
    void kagoshimaPrintsOnA3LandscapeWithItsHeaderOnEveryPage() {
        var sheet = kagoshima.getSheetAt(0);
        int header = rowStartingWith(sheet, "№");
        assertPrintSetup(sheet, PrintSetup.A3_PAPERSIZE, true);
        assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header + 1, -1, -1));
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 2));
        assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 6);
        assertThat(sheet.getHeader().getRight()).contains("資料３");
        assertThat(sheet.getFooter().getLeft()).contains("【資料３】商工業振興プランに係る事業概要等一覧");
        // Wide text columns, narrow code columns: widths follow what the cells hold.
        assertThat(sheet.getColumnWidth(11)).isGreaterThan(6 * sheet.getColumnWidth(2));
        assertThat(kagoshimaEntries().get(0).getCell(11).getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void kumamotoHasItsPrioritiesThenASheetPerDirection() {
        assertThat(sheetNames(kumamoto)).containsExactly("重点事項", "方向性1", "方向性2", "方向性3", "方向性4", "方向性5");
        var priorities = kumamoto.getSheet("重点事項");
        assertThat(text(priorities.getRow(0), 0)).isEqualTo("熊本市中小企業・小規模企業振興基本計画 令和6年度（2024年度）事業一覧");
        int heading = rowStartingWith(priorities, "1 令和6年度 重点事項");
        assertThat(text(priorities.getRow(heading + 1), 0)).startsWith("半導体関連企業の集積やインバウンドの回復等の好機を生かし");
        assertThat(text(priorities.getRow(heading + 2), 0)).isEqualTo("(1) 半導体関連産業の集積を見据えた戦略的な企業誘致");
        assertThat(text(priorities.getRow(heading + 6), 0)).isEqualTo("(5) 戦略的な観光誘客・MICE誘致と賑わいの創出");
        var first = kumamoto.getSheet("方向性1");
        assertThat(text(first.getRow(rowStartingWith(first, "分野") + 2), 0)).isEqualTo("方向性1. 創業・事業承継の促進");
        assertThat(text(first.getRow(rowStartingWith(first, "分野") + 3), 0)).isEqualTo("取組① 創業支援");
        var last = kumamoto.getSheet("方向性5");
        assertThat(text(last.getRow(last.getLastRowNum()), 0))
                .isEqualTo("※記載内容・計画は2024年3月末日時点のものであり、各事業の進捗や社会情勢等に応じて変更になる場合があります。");
    }

    @Test
    void kumamotoPrintsReListedEntriesAgainButTheirBudgetsCountOnce() {
        long once = 0;
        long printed = 0;
        int entries = 0;
        var reListed = new ArrayList<String>();
        var newOnes = new ArrayList<String>();
        int priority = 0;
        for (var name : List.of("方向性1", "方向性2", "方向性3", "方向性4", "方向性5")) {
            var sheet = kumamoto.getSheet(name);
            int header = rowStartingWith(sheet, "分野");
            var rows = rowsBelow(sheet, header, "★?\\(?\\d+\\)?");
            int budget = column(sheet, header, "予算額");
            entries += rows.size();
            printed += sum(rows, budget);
            once += sum(rows.stream().filter(r -> !text(r, 1).contains("【再掲】")).toList(), budget);
            rows.stream().filter(r -> text(r, 1).startsWith("【再掲】")).forEach(r -> reListed.add(text(r, 1)));
            rows.stream().filter(r -> text(r, 1).startsWith("【新】")).forEach(r -> newOnes.add(text(r, 1)));
            priority += (int) rows.stream().filter(r -> text(r, 0).startsWith("★")).count();
            // Each entry's 事業概要 on the merged line below it.
            var summary = sheet.getRow(rows.get(0).getRowNum() + 1);
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(summary.getRowNum(), summary.getRowNum(), 0, 3));
            assertPrintSetup(sheet, PrintSetup.A4_PAPERSIZE, false);
            assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header + 1, -1, -1));
        }
        assertThat(entries).isEqualTo(63);
        assertThat(once).isEqualTo(2_516_552);
        assertThat(reListed).containsExactly("【再掲】成長産業創出支援事業", "【再掲】中小企業金融対策事業",
                "【再掲】利子補給金", "【再掲】成長産業創出支援事業");
        assertThat(printed - once).isEqualTo(16_072 + 33_100 + 716 + 16_072);
        assertThat(newOnes).hasSize(8);
        assertThat(priority).isEqualTo(15);
    }

    private static void assertPrintSetup(XSSFSheet sheet, short paper, boolean landscape) {
        var print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).isEqualTo(paper);
        assertThat(print.getLandscape()).isEqualTo(landscape);
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(print.getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getFooter().getRight()).isEqualTo("&8&P / &N");
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        var names = new ArrayList<String>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }
}

package jp.shinko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.shinko.ingest.mapping.ContentListing;
import jp.shinko.store.PlanRepository;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code shinko import --mapping PROFILE FILE}: three cities' own tables (src/test/resources/mapping,
 * each as XLSX and as its LibreOffice PDF) imported through their profiles, every stored value
 * compared with what the table says, and one wrong cell of each refused at that cell with nothing written.
 */
class MappedImportCommandTest {

    private static final Path DIR = Path.of("src/test/resources/mapping");

    /** (a) 事業一覧: merged two-row header, section rows, amounts in 円. Lines are the sheet's rows. */
    static final List<String> MINATO = List.of(
            "plan minato-chusho 港市中小企業振興計画 131032 港市 [基本方針, 施策] FY2022～FY2026 []",
            "node 1 創業と事業承継の支援",
            "node 1/1 創業の促進",
            "node 1/2 事業承継の円滑化",
            "node 2 販路の開拓",
            "node 2/1 国内外への販路拡大",
            "org 商工振興課 CITY_DEPARTMENT parent=null",
            "org 経営支援課 CITY_DEPARTMENT parent=null",
            "project 創業支援補助金 key=創業支援補助金 departments=[商工振興課] period=null～null「」 notes=[] strategic=0[] summary=",
            "project 創業セミナー開催事業 key=創業セミナー開催事業 departments=[商工振興課] period=null～null「」 notes=[商工会議所と共催] strategic=0[] summary=",
            "project 事業承継相談事業 key=事業承継相談事業 departments=[経営支援課] period=null～null「」 notes=[] strategic=0[] summary=",
            "project 展示会出展支援補助金 key=展示会出展支援補助金 departments=[商工振興課] period=null～null「」 notes=[令和6年度から] strategic=0[] summary=",
            "placement 創業支援補助金 @1/1 primary no=1 L6",
            "placement 創業セミナー開催事業 @1/1 primary no=2 L7",
            "placement 事業承継相談事業 @1/2 primary no=3 L9",
            "placement 展示会出展支援補助金 @2/1 primary no=4 L12",
            "placement 創業支援補助金 @2/1 再掲 no=5 L13",
            "record 創業支援補助金 FY2023 budget= settled=12345千円 evaluation=null outlook=null content= flags=[] L6",
            "record 創業支援補助金 FY2024 budget=15000千円 settled= evaluation=null outlook=null content= flags=[] L6",
            "record 創業セミナー開催事業 FY2023 budget= settled=480千円 evaluation=null outlook=null content= flags=[] L7",
            "record 創業セミナー開催事業 FY2024 budget=500千円 settled= evaluation=null outlook=null content= flags=[] L7",
            "record 事業承継相談事業 FY2023 budget= settled=2580千円 evaluation=null outlook=null content= flags=[] L9",
            "record 事業承継相談事業 FY2024 budget=3000千円 settled= evaluation=null outlook=null content= flags=[] L9",
            "record 展示会出展支援補助金 FY2023 budget= settled=― evaluation=null outlook=null content= flags=[] L12",
            "record 展示会出展支援補助金 FY2024 budget=6200千円 settled= evaluation=null outlook=null content= flags=[] L12");

    /** (b) Code columns 1 / (1) (a blank code is the one above), A/B/C as ◎/○/△, periods in 和暦, 千円. */
    static final List<String> SAKURA = List.of(
            "plan sakura-shogyo さくら市商業振興プラン 141003 さくら市 [方針, 施策] FY2020～FY2024 []",
            "node 1 null",
            "node 1/(1) null",
            "node 1/(2) null",
            "node 2 null",
            "node 2/(1) null",
            "project 商店街にぎわい創出事業 key=商店街にぎわい創出事業 departments=[] period=FY2020～FY2024「R2～R6」 notes=[] strategic=0[] summary=",
            "project 空き店舗活用補助金 key=空き店舗活用補助金 departments=[] period=FY2021～null「令和3年度から」 notes=[] strategic=0[] summary=",
            "project 中小企業融資制度 key=中小企業融資制度 departments=[] period=FY2018～null「平成30年度～」 notes=[] strategic=0[] summary=",
            "project 事業承継セミナー key=事業承継セミナー departments=[] period=FY2023～FY2025「R5～R7」 notes=[] strategic=0[] summary=",
            "placement 商店街にぎわい創出事業 @1/(1) primary no= L3",
            "placement 空き店舗活用補助金 @1/(2) primary no= L4",
            "placement 中小企業融資制度 @2/(1) primary no= L5",
            "placement 事業承継セミナー @2/(1) primary no= L6",
            "record 商店街にぎわい創出事業 FY2023 budget= settled=4520千円 evaluation=◎ outlook=null content= flags=[] L3",
            "record 商店街にぎわい創出事業 FY2024 budget=5000千円 settled= evaluation=null outlook=継続 content= flags=[] L3",
            "record 空き店舗活用補助金 FY2023 budget= settled=1200千円 evaluation=○ outlook=null content= flags=[] L4",
            "record 空き店舗活用補助金 FY2024 budget=1500千円 settled= evaluation=null outlook=拡充 content= flags=[] L4",
            "record 中小企業融資制度 FY2023 budget= settled=120000千円 evaluation=△ outlook=null content= flags=[] L5",
            "record 中小企業融資制度 FY2024 budget=― settled= evaluation=null outlook=見直し content= flags=[] L5",
            "record 事業承継セミナー FY2023 budget= settled=0千円 evaluation=null outlook=null content= flags=[] L6",
            "record 事業承継セミナー FY2024 budget=800千円 settled= evaluation=null outlook=継続 content= flags=[] L6");

    /** (c) 部 (merged down) and 課 as the organization tree, ● as a strategic project, 新 / 拡 / 再掲, codes 1-2. */
    static final List<String> KAEDE = List.of(
            "plan kaede-sangyo かえで町産業振興計画 271004 かえで町 [基本目標, 施策] null～null [重点プロジェクト]",
            "node 1 null",
            "node 1/1 null",
            "node 1/2 null",
            "node 2 null",
            "node 2/1 null",
            "org 経済観光部 CITY_DEPARTMENT parent=null",
            "org 観光課 CITY_DEPARTMENT parent=経済観光部",
            "org 都市整備部 CITY_DEPARTMENT parent=null",
            "org 企業立地課 CITY_DEPARTMENT parent=都市整備部",
            "org 商工課 CITY_DEPARTMENT parent=経済観光部",
            "project 観光PR事業 key=観光PR事業 departments=[観光課] period=null～null「」 notes=[] strategic=1[重点プロジェクト] summary=",
            "project 物産展開催事業 key=物産展開催事業 departments=[観光課] period=null～null「」 notes=[] strategic=0[] summary=",
            "project 工業団地整備事業 key=工業団地整備事業 departments=[企業立地課] period=null～null「」 notes=[用地取得を含む] strategic=1[重点プロジェクト] summary=",
            "project 創業スクール key=創業スクール departments=[商工課] period=null～null「」 notes=[] strategic=0[] summary=",
            "placement 観光PR事業 @1/1 primary no= L4",
            "placement 物産展開催事業 @1/1 primary no= L5",
            "placement 工業団地整備事業 @1/2 primary no= L6",
            "placement 創業スクール @2/1 primary no= L7",
            "placement 観光PR事業 @2/1 再掲 no= L8",
            "record 観光PR事業 FY2024 budget=8000千円 settled= evaluation=null outlook=null content= flags=[NEW] L4",
            "record 物産展開催事業 FY2024 budget=3500千円 settled= evaluation=null outlook=null content= flags=[] L5",
            "record 工業団地整備事業 FY2024 budget=250000千円 settled= evaluation=null outlook=null content= flags=[EXPANDED] L6",
            "record 創業スクール FY2024 budget=1200千円 settled= evaluation=null outlook=null content= flags=[NEW, EXPANDED] L7");

    @Test
    void sectionRowsAndAmountsInYen(@TempDir Path dir) throws Exception {
        importBoth(dir, "minato-sections", "minato-chusho", MINATO, 1);
        refused(dir, "minato-sections", "minato-chusho", MINATO, "E", 7, "約300",
                "事業一覧!E7: 「約300」は概数のため金額として取り込めません（正確な金額を書きます）");
    }

    @Test
    void codeColumnsEvaluationAndEraPeriods(@TempDir Path dir) throws Exception {
        importBoth(dir, "sakura-codes", "sakura-shogyo", SAKURA, 1);
        refused(dir, "sakura-codes", "sakura-shogyo", SAKURA, "F", 4, "34,114円",
                "令和6年度!F4: 「34,114円」はこの列の単位（千円）と違う単位で書かれています。千円単位の数値で書きます");
    }

    @Test
    void departmentsSplitAndMarkers(@TempDir Path dir) throws Exception {
        importBoth(dir, "kaede-departments", "kaede-sangyo", KAEDE, 2);
        refused(dir, "kaede-departments", "kaede-sangyo", KAEDE, "B", 5, "観光PR事業",
                "一覧!B5: 事業名「観光PR事業」が同じ施策（1/1）に二度あります（一覧!B4 と同じです）");
    }

    /**
     * Imports the XLSX into one data directory and its PDF into another; both store exactly the
     * listing, the PDF's provenance counting the table's rows (the title above it is not in the table).
     */
    private static void importBoth(Path dir, String fixture, String plan, List<String> expected, int titleRows)
            throws Exception {
        var xlsx = CliRun.of("import", "--data-dir=" + dir.resolve("x"), "--mapping",
                DIR.resolve(fixture + ".yaml").toString(), DIR.resolve(fixture + ".xlsx").toString());
        assertThat(xlsx.exitCode()).as(xlsx.err()).isZero();
        assertThat(xlsx.out()).contains(fixture + ".xlsx（レイアウト mapping）", "=> 取り込みました");
        assertThat(stored(dir.resolve("x"), plan)).containsExactlyElementsOf(expected);

        var pdf = CliRun.of("import", "--data-dir=" + dir.resolve("p"), "--mapping",
                DIR.resolve(fixture + ".yaml").toString(), DIR.resolve(fixture + ".pdf").toString());
        assertThat(pdf.exitCode()).as(pdf.err()).isZero();
        assertThat(stored(dir.resolve("p"), plan))
                .containsExactlyElementsOf(expected.stream().map(l -> shiftLines(l, titleRows)).toList());
    }

    /** A line's provenance L{n} as the PDF's table counts rows: the sheet's title rows are not in it. */
    private static String shiftLines(String line, int titleRows) {
        var m = java.util.regex.Pattern.compile(" L(\\d+)$").matcher(line);
        return m.find() ? line.substring(0, m.start()) + " L" + (Integer.parseInt(m.group(1)) - titleRows) : line;
    }

    /** One cell changed: the import is refused with the message at that cell, and the stored plan stays. */
    private static void refused(Path dir, String fixture, String plan, List<String> expected, String column, int row,
                                String value, String message) throws Exception {
        var wrong = dir.resolve(fixture + "-wrong.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(DIR.resolve(fixture + ".xlsx"))));
             var out = new ByteArrayOutputStream()) {
            var cell = workbook.getSheetAt(0).getRow(row - 1).getCell(column.charAt(0) - 'A');
            cell.setCellValue(value);
            workbook.write(out);
            Files.write(wrong, out.toByteArray());
        }
        var run = CliRun.of("import", "--data-dir=" + dir.resolve("x"), "--mapping",
                DIR.resolve(fixture + ".yaml").toString(), wrong.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(fixture + "-wrong.xlsx: 1 件の問題があるため、何も取り込んでいません:\n" + message);
        assertThat(stored(dir.resolve("x"), plan)).containsExactlyElementsOf(expected);
    }

    private static List<String> stored(Path dataDir, String plan) {
        var dataSource = new DriverManagerDataSource("jdbc:h2:file:" + dataDir.resolve("shinko")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
        var content = new PlanRepository(JdbcClient.create(dataSource)).load(plan).orElseThrow();
        return ContentListing.of(content);
    }
}

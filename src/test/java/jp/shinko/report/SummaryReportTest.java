package jp.shinko.report;

import static jp.shinko.report.Workbooks.rowStartingWith;
import static jp.shinko.report.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.shinko.plan.FiscalYear;
import jp.shinko.report.summary.Measure;
import jp.shinko.report.summary.PlanSummary;
import jp.shinko.report.summary.ProjectLine;
import jp.shinko.report.summary.SummaryRow;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.junit.jupiter.api.Test;

/** The summary report: totals counted once, evaluation counts, new and ending projects, charts. */
class SummaryReportTest {

    private final PlanSummary kagoshima = PlanSummary.of(SamplePlans.kagoshima(), FiscalYear.of(2020));
    private final PlanSummary kumamoto = PlanSummary.of(SamplePlans.kumamoto(), FiscalYear.of(2024));

    @Test
    void kagoshimaTotalsAreTheListsSettlementAndBudgetByDirection() {
        assertThat(kagoshima.measures()).extracting(Measure::label)
                .containsExactly("令和元年度 決算額", "令和2年度 予算額");
        assertThat(kagoshima.total().totals()).containsExactly(5_389_552L, 7_594_877L);
        assertThat(kagoshima.total().projects()).isEqualTo(279);
        assertThat(kagoshima.byNode()).extracting(SummaryRow::label)
                .containsExactly("振興の方向性1", "振興の方向性2", "振興の方向性3", "振興の方向性4");
        assertThat(kagoshima.byNode().get(0).totals()).containsExactly(2_194_246L, 4_478_874L);
        assertThat(kagoshima.byNode().get(0).projects()).isEqualTo(110);
        // Without re-listings the directions add up to the whole.
        assertThat(kagoshima.byNode().stream().mapToLong(r -> r.totals().get(1)).sum()).isEqualTo(7_594_877L);
        assertThat(kagoshima.byYear()).extracting(r -> r.printed(0) + " / " + r.printed(1))
                .containsExactly("― / 5,389,552", "7,594,877 / ―");
    }

    @Test
    void kagoshimaEvaluationsNewAndEndingProjects() {
        assertThat(kagoshima.evaluationYear()).isEqualTo(FiscalYear.of(2019));
        assertThat(kagoshima.marks()).containsExactly("◎", "○", "△", "―");
        // FY2019's 268 projects: the 18 that only start in FY2020 are listed with ― but not counted.
        assertThat(kagoshima.evaluationTotal().counts()).containsExactly(85, 146, 6, 31);
        assertThat(kagoshima.evaluations().stream().mapToInt(r -> r.total()).sum()).isEqualTo(268);
        // 18 projects start in FY2020 (YearOverYear); the list marks 17 of them 新規.
        assertThat(kagoshima.newProjects()).hasSize(18);
        assertThat(kagoshima.newProjects().get(0)).extracting(ProjectLine::number, ProjectLine::name)
                .containsExactly("4", "かごしまの逸品ワンストップサポート事業");
        // 25 records say 事業終了, 6 of them of projects that already ended in FY2019.
        assertThat(kagoshima.endedProjects()).hasSize(19);
        assertThat(kagoshima.endedProjects()).extracting(ProjectLine::name).contains("「きらり輝け！モノづくりセミナー」事業");
    }

    @Test
    void kumamotoCountsReListedProjectsOncePerDirectionAndOnceInTheWhole() {
        assertThat(kumamoto.measures()).extracting(Measure::label).containsExactly("令和6年度 予算額");
        assertThat(kumamoto.total().totals()).containsExactly(2_516_552L);
        assertThat(kumamoto.total().projects()).isEqualTo(59);
        assertThat(kumamoto.byNode()).extracting(r -> r.label() + " " + r.note() + " " + r.projects() + " " + r.printed(0))
                .containsExactly("方向性1 創業・事業承継の促進 8 575,563", "方向性2 新たな事業活動の促進 21 1,510,185",
                        "方向性3 経営基盤の強化 25 480,405", "方向性4 受注機会の増大 7 ―",
                        "方向性5 小規模企業の振興 2 16,359");
        assertThat(kumamoto.byOrganization().get(0)).extracting(SummaryRow::label, SummaryRow::note, SummaryRow::projects)
                .containsExactly("企業立地推進課", "市の部署", 5);
        assertThat(kumamoto.byOrganization().get(0).totals()).containsExactly(1_087_740L);
        assertThat(kumamoto.evaluationYear()).isNull();
        assertThat(kumamoto.newProjects()).hasSize(8);
        assertThat(kumamoto.endedProjects()).isEmpty();
    }

    @Test
    void workbookHasNumbersAndAChartBesideEachTable() {
        var workbook = Workbooks.open(new PlanExporter().export(SamplePlans.kagoshima(),
                ExportRequest.of(ExportFormat.SUMMARY_XLSX)).bytes());
        var names = new ArrayList<String>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("年度別", "振興の方向性別", "組織別", "事業評価", "新規・終了");
        var nodes = workbook.getSheet("振興の方向性別");
        int total = rowStartingWith(nodes, "合計");
        assertThat(nodes.getRow(total).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat((long) nodes.getRow(total).getCell(4).getNumericCellValue()).isEqualTo(7_594_877L);
        assertThat((long) nodes.getRow(total).getCell(3).getNumericCellValue()).isEqualTo(5_389_552L);
        assertThat(nodes.getRow(total).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        var pictures = new ArrayList<XSSFPicture>();
        for (var name : List.of("振興の方向性別", "組織別", "事業評価")) {
            workbook.getSheet(name).getDrawingPatriarch().getShapes().stream()
                    .filter(XSSFPicture.class::isInstance).map(XSSFPicture.class::cast).forEach(pictures::add);
        }
        assertThat(pictures).hasSize(3).allSatisfy(p ->
                assertThat(p.getPictureData().getData()).startsWith(0x89, 'P', 'N', 'G'));
        var evaluations = workbook.getSheet("事業評価");
        int sum = rowStartingWith(evaluations, "合計");
        assertThat(evaluations.getRow(sum).getCell(2).getNumericCellValue()).isEqualTo(85);
        assertThat(text(workbook.getSheet("新規・終了").getRow(4), 1)).isEqualTo("かごしまの逸品ワンストップサポート事業");
    }

    @Test
    void pdfHasTheTablesTheChartsAsImagesAndTheEmbeddedFont() throws Exception {
        try (var pdf = Pdfs.open(new PlanExporter().export(SamplePlans.kumamoto(),
                ExportRequest.of(ExportFormat.SUMMARY_PDF)).bytes())) {
            var text = String.join("", Pdfs.pages(pdf));
            assertThat(text).contains("熊本市中小企業・小規模企業振興基本計画 事業集計 令和6年度（2024年度）",
                    "方向性1 創業・事業承継の促進", "575,563", "2,516,552", "企業立地推進課", "1,087,740",
                    "令和6年度の新規事業（8件）");
            int images = 0;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).isEqualTo(2);
            assertThat(Pdfs.fonts(pdf)).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        }
    }
}

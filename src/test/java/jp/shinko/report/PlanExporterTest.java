package jp.shinko.report;

import static jp.shinko.report.Workbooks.rowStartingWith;
import static jp.shinko.report.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Source;
import jp.shinko.report.official.ListWording;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.junit.jupiter.api.Test;

/** Choosing the year, naming the files, and the list of a plan from a source without a layout of its own. */
class PlanExporterTest {

    private final PlanExporter exporter = new PlanExporter();

    @Test
    void theYearDefaultsToThePlansLatestAndMustBeOneItHas() {
        assertThat(PlanExporter.year(SamplePlans.kagoshima(), null)).isEqualTo(FiscalYear.of(2020));
        assertThat(PlanExporter.year(SamplePlans.kagoshima(), FiscalYear.of(2019))).isEqualTo(FiscalYear.of(2019));
        assertThatThrownBy(() -> PlanExporter.year(SamplePlans.kagoshima(), FiscalYear.of(2021)))
                .isInstanceOf(ExportException.class)
                .hasMessage("計画「鹿児島市商工業振興プラン」に 2021 年度の記録はありません（記録のある年度: 2019, 2020）")
                .extracting(e -> ((ExportException) e).reason()).isEqualTo(ExportException.Reason.UNKNOWN_YEAR);
    }

    @Test
    void filesAreNamedByPlanKindAndYear() {
        var list = exporter.export(SamplePlans.kagoshima(), ExportRequest.of(ExportFormat.OFFICIAL_PDF));
        assertThat(list.fileName()).isEqualTo("鹿児島市商工業振興プラン_事業一覧_2020年度.pdf");
        assertThat(list.asciiFileName()).isEqualTo("kagoshima-shokogyo-2020-list.pdf");
        assertThat(list.contentType()).isEqualTo("application/pdf");
        var data = exporter.export(SamplePlans.kumamoto(), ExportRequest.of(ExportFormat.JSON));
        assertThat(data.fileName()).isEqualTo("熊本市中小企業・小規模企業振興基本計画_オープンデータ.json");
        assertThat(data.asciiFileName()).isEqualTo("kumamoto-chusho-opendata.json");
        var summary = exporter.export(SamplePlans.kumamoto(),
                ExportRequest.of(ExportFormat.SUMMARY_XLSX).forYear(FiscalYear.of(2024)));
        assertThat(summary.asciiFileName()).isEqualTo("kumamoto-chusho-2024-summary.xlsx");
        assertThat(ExportFormat.byId("csv")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.byId("CSV")).isEmpty();
    }

    @Test
    void kagoshimaListOfTheEarlierYearIsTitledWithThatYearAndTheOneBefore() {
        var workbook = Workbooks.open(exporter.export(SamplePlans.kagoshima(),
                ExportRequest.of(ExportFormat.OFFICIAL_XLSX).forYear(FiscalYear.of(2019))).bytes());
        var sheet = workbook.getSheetAt(0);
        assertThat(text(sheet.getRow(0), 0)).isEqualTo("【資料３】商工業振興プランに係る事業概要等一覧（30・31(R元)年度）");
        assertThat(text(sheet.getRow(rowStartingWith(sheet, "№")), 10)).isEqualTo("H30年度");
        assertThat(text(sheet.getRow(rowStartingWith(sheet, "№")), 13)).isEqualTo("H31(R元)年度");
    }

    @Test
    void yearsPrintTheWayTheListsPrintThem() {
        assertThat(ListWording.abbreviatedYear(FiscalYear.of(2019))).isEqualTo("H31(R元)");
        assertThat(ListWording.abbreviatedYear(FiscalYear.of(2020))).isEqualTo("R2");
        assertThat(ListWording.abbreviatedYear(FiscalYear.of(1989))).isEqualTo("S64(H元)");
        assertThat(ListWording.eraYearNumber(FiscalYear.of(2019))).isEqualTo("31(R元)");
        assertThat(ListWording.eraYearNumber(FiscalYear.of(2024))).isEqualTo("6");
        assertThat(ListWording.date(java.time.LocalDate.of(2024, 3, 31))).isEqualTo("2024年3月末日");
        assertThat(ListWording.date(java.time.LocalDate.of(2024, 3, 15))).isEqualTo("2024年3月15日");
    }

    @Test
    void aPlanFromAnotherSourceGetsTheGenericList() {
        var kumamoto = SamplePlans.kumamoto();
        var source = kumamoto.source();
        var other = new PlanContent(kumamoto.municipality(), kumamoto.plan(),
                new Source(source.fileName(), source.sha256(), "xlsx-template", source.title(), source.published(),
                        source.asOf(), source.lineCount()),
                kumamoto.nodes(), kumamoto.organizations(), kumamoto.projects(), kumamoto.placements(),
                kumamoto.yearRecords());
        var workbook = Workbooks.open(exporter.export(other, ExportRequest.of(ExportFormat.OFFICIAL_XLSX)).bytes());
        assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        var sheet = workbook.getSheetAt(0);
        assertThat(text(sheet.getRow(0), 0)).isEqualTo("熊本市中小企業・小規模企業振興基本計画 令和6年度（2024年度） 事業一覧");
        assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        int header = rowStartingWith(sheet, "番号");
        assertThat(text(sheet.getRow(header + 2), 0)).isEqualTo("方向性1. 創業・事業承継の促進");
        var entries = Workbooks.rowsBelow(sheet, header, "★?\\(\\d+\\)|★?\\d+");
        assertThat(entries).hasSize(63);
        assertThat(Workbooks.sum(entries.stream().filter(r -> !text(r, 1).contains("【再掲】")).toList(), 3))
                .isEqualTo(2_516_552);
    }
}

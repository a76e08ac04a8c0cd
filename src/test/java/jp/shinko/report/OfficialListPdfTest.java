package jp.shinko.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.DocumentReport;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.Layouts;
import jp.shinko.ingest.SameSource;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.YearRecord;
import jp.shinko.report.official.ListCell;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official lists as PDF, read back with PDFBox. */
class OfficialListPdfTest {

    private static byte[] kagoshimaBytes;
    private static byte[] kumamotoBytes;
    private static PDDocument kagoshima;
    private static PDDocument kumamoto;
    private static List<String> kagoshimaPages;
    private static List<String> kumamotoPages;

    @BeforeAll
    static void export() {
        var exporter = new PlanExporter();
        kagoshimaBytes = exporter.export(SamplePlans.kagoshima(), ExportRequest.of(ExportFormat.OFFICIAL_PDF)).bytes();
        kagoshima = Pdfs.open(kagoshimaBytes);
        kumamotoBytes = exporter.export(SamplePlans.kumamoto(), ExportRequest.of(ExportFormat.OFFICIAL_PDF)).bytes();
        kumamoto = Pdfs.open(kumamotoBytes);
        kagoshimaPages = Pdfs.pages(kagoshima);
        kumamotoPages = Pdfs.pages(kumamoto);
    }

    @AfterAll
    static void close() throws Exception {
        kagoshima.close();
        kumamoto.close();
    }

    @Test
    void kagoshimaIsA3LandscapeWithTitleAndPageNumberOnEveryPage() {
        int pages = kagoshima.getNumberOfPages();
        assertThat(pages).isBetween(25, 40);
        for (int p = 0; p < pages; p++) {
            var box = kagoshima.getPage(p).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A3.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A3.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(kagoshimaPages.get(p))
                    .contains("【資料３】商工業振興プランに係る事業概要等一覧（31(R元)・2年度）")
                    .contains((p + 1) + " / " + pages)
                    .contains("資料３");
            // The table header is repeated after every page break.
            assertThat(Pdfs.squeezed(kagoshimaPages.get(p))).contains("事務・事業名", "R3年度以降（予定）", "実施主体（所管）");
        }
        assertThat(kagoshima.getDocumentInformation().getTitle())
                .isEqualTo("【資料３】商工業振興プランに係る事業概要等一覧（31(R元)・2年度）");
    }

    @Test
    void kagoshimaTextHasEveryProjectNameAndAmount() {
        assertEveryNameAndAmount(SamplePlans.kagoshima(), Pdfs.squeezed(String.join("", kagoshimaPages)));
    }

    @Test
    void textCopiesAsTheCharactersItWasMadeFrom() {
        // IPAex draws 鹿 and the radical ⿅ (and 工 and ⼯, ～ and 〜) with one glyph: the text must say which.
        var text = String.join("", kagoshimaPages);
        assertThat(text).contains("鹿児島市以外", "商工業振興プラン", "18年度～").doesNotContain("⿅", "⼯", "〜");
    }

    @Test
    void onlyTheShippedJapaneseFontIsUsedAndItIsEmbedded() {
        for (var document : List.of(kagoshima, kumamoto)) {
            var fonts = Pdfs.fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).endsWith("+IPAexGothic");
            });
        }
    }

    @Test
    void kumamotoIsA4PortraitWithPrioritiesDirectionsAndReListings() {
        assertThat(kumamoto.getNumberOfPages()).isBetween(3, 8);
        for (int p = 0; p < kumamoto.getNumberOfPages(); p++) {
            var box = kumamoto.getPage(p).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(kumamotoPages.get(p)).contains("熊本市中小企業・小規模企業振興基本計画 令和6年度（2024年度）事業一覧")
                    .contains((p + 1) + " / " + kumamoto.getNumberOfPages());
        }
        var text = String.join("", kumamotoPages);
        assertThat(text).contains("1 令和6年度 重点事項", "(3) 成長段階に応じたスタートアップ等への支援",
                "2 令和6年度 事業一覧（★：重点事業）", "方向性1. 創業・事業承継の促進", "取組⑩ 小規模企業の持続的な発展に向けた支援",
                "★(4)", "※記載内容・計画は2024年3月末日時点のもの");
        assertThat(text.split("【再掲】", -1)).hasSize(5);
        assertThat(text.split("【新】", -1)).hasSize(9);
        assertEveryNameAndAmount(SamplePlans.kumamoto(), Pdfs.squeezed(text));
    }

    @Test
    void kagoshimaListReadBackThroughThePdfImportGivesTheRecordsItWasMadeFrom() {
        var read = new DocumentReader(Layouts.builtIn()).read("list.pdf", kagoshimaBytes, null).parsed();
        var report = DocumentReport.of(read, DocumentReport.Outcome.READ_ONLY);
        assertThat(report.projects()).isEqualTo(286);
        assertThat(report.placements()).isEqualTo(286);
        assertThat(report.yearRecords()).isEqualTo(572);
        assertThat(report.totals().get(FiscalYear.of(2019)).settledThousandYen()).isEqualTo(5_389_552L);
        assertThat(report.totals().get(FiscalYear.of(2020)).budgetThousandYen()).isEqualTo(7_594_877L);
        assertThat(report.evaluations()).containsExactly(entry("◎", 85L), entry("○", 146L), entry("△", 6L), entry("―", 49L));

        // Provenance and Source are the PDF's own; everything else is what the list was made from,
        // but for the characters the shipped font prints otherwise.
        var sample = SamplePlans.kagoshima();
        var back = SameSource.as(read.content(), sample.source(), provenance -> null);
        var made = SameSource.as(sample, sample.source(), provenance -> null);
        assertThat(back).isEqualTo(asPrinted(made));
        assertThat(recordsDiffering(made, back)).containsExactly("23 FY2019", "25 FY2019", "28 FY2019", "31 FY2019",
                "132 FY2019", "132 FY2020", "154 FY2020", "244 FY2019");
        // Doubts the text raises where the export prints a cell plainly (the lone dash of a year not run, an
        // implementer in paragraphs) are gone; those over cells the list leaves empty remain.
        var textWarnings = new DocumentReader(Layouts.builtIn()).read(java.nio.file.Path.of(SamplePlans.KAGOSHIMA), null)
                .parsed().warnings().stream().map(ImportWarning::reason).toList();
        assertThat(read.warnings()).extracting(ImportWarning::reason).hasSize(19).isSubsetOf(textWarnings);
    }

    @Test
    void kumamotoListReadBackThroughThePdfImportGivesTheRecordsItWasMadeFrom() {
        var read = new DocumentReader(Layouts.builtIn()).read("list.pdf", kumamotoBytes, null).parsed();
        var report = DocumentReport.of(read, DocumentReport.Outcome.READ_ONLY);
        assertThat(report.projects()).isEqualTo(59);
        assertThat(report.placements()).isEqualTo(63);
        assertThat(report.yearRecords()).isEqualTo(59);
        assertThat(report.totals().get(FiscalYear.of(2024)).budgetThousandYen()).isEqualTo(2_516_552L);
        assertThat(report.nodesPerLevel()).containsExactly(entry("方向性", 5L), entry("取組", 10L));
        assertThat(read.warnings()).isEmpty();
        var sample = SamplePlans.kumamoto();
        assertThat(SameSource.as(read.content(), sample.source(), provenance -> null))
                .isEqualTo(SameSource.as(sample, sample.source(), provenance -> null));
    }

    /**
     * The content as the PDF prints it: IPAex Gothic draws 〜 as ～ and ‐ as - with one glyph each, so
     * they copy as one character; it has no ⑴–⑹ or ㏌, which the export prints as (1)–(6) and in.
     */
    private static PlanContent asPrinted(PlanContent content) {
        var records = content.yearRecords().stream().map(r -> new YearRecord(r.projectKey(), r.year(), r.budget(),
                r.settled(), printed(r.content()), r.contentSameAsLeft(), r.evaluation(), r.outlook(),
                printed(r.expansionNote()), r.flags(), r.status(), r.provenance())).toList();
        return new PlanContent(content.municipality(), content.plan(), content.source(), content.nodes(),
                content.organizations(), content.projects(), content.placements(), records);
    }

    private static String printed(String text) {
        return text == null ? null : text.replace('〜', '～').replace('‐', '-').replace("⑴", "(1)").replace("⑵", "(2)")
                .replace("⑶", "(3)").replace("⑷", "(4)").replace("⑸", "(5)").replace("⑹", "(6)").replace("㏌", "in");
    }

    private static List<String> recordsDiffering(PlanContent a, PlanContent b) {
        return a.yearRecords().stream().filter(r -> !b.yearRecords().contains(r))
                .map(r -> r.projectKey() + " " + r.year()).toList();
    }

    private static void assertEveryNameAndAmount(PlanContent content, String squeezedText) {
        for (var project : content.projects()) {
            assertThat(squeezedText).as("name of %s", project.key()).contains(Pdfs.squeezed(project.name()));
        }
        for (var record : content.yearRecords()) {
            for (Amount amount : List.of(record.budget(), record.settled())) {
                if (amount.isPresent()) {
                    assertThat(squeezedText).contains(ListCell.of(amount).text());
                }
            }
        }
    }
}

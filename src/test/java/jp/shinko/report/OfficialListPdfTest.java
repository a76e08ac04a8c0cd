package jp.shinko.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.Layouts;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.pdf.PdfText;
import jp.shinko.plan.Amount;
import jp.shinko.plan.PlanContent;
import jp.shinko.report.official.ListCell;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official lists as PDF, read back with PDFBox. */
class OfficialListPdfTest {

    private static byte[] kagoshimaBytes;
    private static PDDocument kagoshima;
    private static PDDocument kumamoto;
    private static List<String> kagoshimaPages;
    private static List<String> kumamotoPages;

    @BeforeAll
    static void export() {
        var exporter = new PlanExporter();
        kagoshimaBytes = exporter.export(SamplePlans.kagoshima(), ExportRequest.of(ExportFormat.OFFICIAL_PDF)).bytes();
        kagoshima = Pdfs.open(kagoshimaBytes);
        kumamoto = Pdfs.open(exporter.export(SamplePlans.kumamoto(), ExportRequest.of(ExportFormat.OFFICIAL_PDF)).bytes());
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
    void kagoshimaListReadBackThroughTheKagoshimaParserStopsAtTheFirstRecord() {
        // The title and header are recognised (the layout is detected), but a table PDF's text comes out
        // row-wise: line k of every wrapped cell of a row is printed on one line, while the parser expects
        // each cell's lines one after another, as the text of the original was extracted.
        var text = PdfText.read("list.pdf", kagoshimaBytes);
        assertThat(new Layouts(List.of(new jp.shinko.ingest.kagoshima.KagoshimaListParser())).choose(text, null).layout())
                .isEqualTo("kagoshima-shiryo3");
        assertThatThrownBy(() -> new DocumentReader(Layouts.builtIn()).read("list.pdf", kagoshimaBytes, null))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("№1 に決算額・事業評価の欄が見つかりません");
        // What the importer's text does carry: every amount, and every record's number at the start of its row.
        var squeezed = Pdfs.squeezed(String.join("\n", text.lines()));
        SamplePlans.kagoshima().yearRecords().stream().flatMap(r -> java.util.stream.Stream.of(r.budget(), r.settled()))
                .filter(Amount::isPresent)
                .forEach(amount -> assertThat(squeezed).contains(ListCell.of(amount).text()));
        var numbers = text.lines().stream().map(l -> l.split("\t", 2)[0]).filter(c -> c.matches("\\d+")).toList();
        assertThat(numbers).containsAll(SamplePlans.kagoshima().placements().stream().map(p -> p.printedNumber()).toList());
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

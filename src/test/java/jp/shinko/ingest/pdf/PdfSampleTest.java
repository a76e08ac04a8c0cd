package jp.shinko.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.DocumentReader.ReadDocument;
import jp.shinko.ingest.DocumentReport;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.Layouts;
import jp.shinko.ingest.SameSource;
import jp.shinko.ingest.kagoshima.KagoshimaListParser;
import jp.shinko.ingest.kumamoto.KumamotoListParser;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two sample lists printed to PDF by LibreOffice ({@code scripts/make-sample-pdfs.sh}) read
 * through {@link DocumentReader} exactly as their text does. What differs, and why: the Source's
 * file name, checksum (the PDF's bytes) and line count; Kumamoto's two leading blank lines, which
 * a one-page PDF prints as nothing measurable, so its extracted lines and provenance sit two lines
 * higher; and trailing tabs, which print nothing.
 */
class PdfSampleTest {

    static final Path PDFS = Path.of("src/test/resources/pdf");
    static final DocumentReader READER = new DocumentReader(Layouts.builtIn());
    static final FiscalYear FY2019 = FiscalYear.of(2019);
    static final FiscalYear FY2020 = FiscalYear.of(2020);
    static final FiscalYear FY2024 = FiscalYear.of(2024);

    static ReadDocument kagoshimaText;
    static ReadDocument kagoshimaPdf;
    static ReadDocument kumamotoText;
    static ReadDocument kumamotoPdf;

    @BeforeAll
    static void readBothForms() {
        kagoshimaText = READER.read(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"), null);
        kagoshimaPdf = READER.read(PDFS.resolve("kagoshima-shokogyo-plan-r1-r2.pdf"), null);
        kumamotoText = READER.read(Path.of("samples/kumamoto-chusho-plan-r6.txt"), null);
        kumamotoPdf = READER.read(PDFS.resolve("kumamoto-chusho-plan-r6.pdf"), null);
    }

    @Test
    void theKagoshimaPdfGivesBackEveryLineOfTheSampleText() {
        // Blank lines (also at page breaks: 150 pages), leading spaces and full-width spaces, the
        // last line holding one space: all as in the text.
        assertThat(kagoshimaPdf.text().lineCount()).isEqualTo(7946);
        assertThat(kagoshimaPdf.text().lines()).isEqualTo(kagoshimaText.text().lines());
    }

    @Test
    void theKumamotoPdfGivesBackTheSampleTextButItsLeadingBlankLinesAndTrailingTabs() {
        var sample = kumamotoText.text().lines();
        assertThat(sample.subList(0, 2)).containsOnly("");
        var expected = sample.subList(2, sample.size()).stream().map(line -> line.replaceAll("\t+$", "")).toList();
        assertThat(kumamotoPdf.text().lines()).isEqualTo(expected).hasSize(190);
        // Cells stay tab-separated, and a row whose first cell is empty still starts with a tab.
        assertThat(kumamotoPdf.text().line(26)).isEqualTo("(1)\t成長産業創出支援事業\t起業・新産業支援課\t16,072");
        assertThat(kumamotoPdf.text().lines()).filteredOn(line -> line.startsWith("\t")).hasSize(41);
    }

    @Test
    void aPdfInMemoryReadsAsTheSameFileOnDisk() throws IOException {
        var bytes = Files.readAllBytes(PDFS.resolve("kumamoto-chusho-plan-r6.pdf"));
        assertThat(PdfText.read("kumamoto-chusho-plan-r6.pdf", bytes)).isEqualTo(kumamotoPdf.text());
    }

    @Test
    void eachPdfIsRecognizedAsItsLayout() {
        assertThat(kagoshimaPdf.parsed().content().source().layout()).isEqualTo(KagoshimaListParser.LAYOUT);
        assertThat(kumamotoPdf.parsed().content().source().layout()).isEqualTo(KumamotoListParser.LAYOUT);
    }

    @Test
    void theSourceIsThePdfFileItsChecksumAndTheExtractedLineCount() throws IOException {
        var kagoshima = kagoshimaPdf.parsed().content().source();
        assertThat(kagoshima.fileName()).isEqualTo("kagoshima-shokogyo-plan-r1-r2.pdf");
        assertThat(kagoshima.sha256()).isEqualTo(sha256("kagoshima-shokogyo-plan-r1-r2.pdf"))
                .isEqualTo(kagoshimaPdf.text().sha256())
                .isNotEqualTo(kagoshimaText.parsed().content().source().sha256());
        assertThat(kagoshima.lineCount()).isEqualTo(7946);
        assertThat(kagoshima.title()).isEqualTo(kagoshimaText.parsed().content().source().title());

        var kumamoto = kumamotoPdf.parsed().content().source();
        assertThat(kumamoto.fileName()).isEqualTo("kumamoto-chusho-plan-r6.pdf");
        assertThat(kumamoto.sha256()).isEqualTo(sha256("kumamoto-chusho-plan-r6.pdf"));
        assertThat(kumamoto.lineCount()).isEqualTo(190);
        assertThat(kumamoto.title()).isEqualTo("熊本市中小企業・小規模企業振興基本計画 令和六年度（2024年度）事業一覧");
        assertThat(kumamoto.published()).isEqualTo(java.time.YearMonth.of(2024, 3));
        assertThat(kumamoto.asOf()).isEqualTo(java.time.LocalDate.of(2024, 3, 31));
    }

    @Test
    void theKagoshimaPdfReadsTheSameRecordsTotalsAndEvaluations() {
        var pdf = DocumentReport.of(kagoshimaPdf.parsed(), DocumentReport.Outcome.READ_ONLY);
        assertThat(pdf.projects()).isEqualTo(286);
        assertThat(pdf.placements()).isEqualTo(286);
        assertThat(pdf.yearRecords()).isEqualTo(572);
        assertThat(pdf.totals().get(FY2019).settledThousandYen()).isEqualTo(5_389_552L);
        assertThat(pdf.totals().get(FY2019).settledUndisclosed()).isEqualTo(15);
        assertThat(pdf.totals().get(FY2020).budgetThousandYen()).isEqualTo(7_594_877L);
        assertThat(pdf.totals().get(FY2020).budgetUndisclosed()).isEqualTo(14);
        assertThat(pdf.evaluations()).containsExactly(entry("◎", 85L), entry("○", 146L), entry("△", 6L), entry("―", 49L));
        assertThat(pdf.warnings()).hasSize(36); // 35 of the parser, one of Plausibility (№142 printed twice)
        assertSameReport(pdf, DocumentReport.of(kagoshimaText.parsed(), DocumentReport.Outcome.READ_ONLY));
    }

    @Test
    void theKumamotoPdfReadsTheSameEntriesAndBudgets() {
        var pdf = DocumentReport.of(kumamotoPdf.parsed(), DocumentReport.Outcome.READ_ONLY);
        assertThat(pdf.projects()).isEqualTo(59);
        assertThat(pdf.placements()).isEqualTo(63);
        assertThat(pdf.yearRecords()).isEqualTo(59);
        assertThat(pdf.totals().get(FY2024)).extracting(BudgetSummary::budgetThousandYen).isEqualTo(2_516_552L);
        assertThat(pdf.nodesPerLevel()).containsExactly(entry("方向性", 5L), entry("取組", 10L));
        assertSameReport(pdf, DocumentReport.of(kumamotoText.parsed(), DocumentReport.Outcome.READ_ONLY));
    }

    @Test
    void theKagoshimaPdfContentEqualsTheTextContentButForTheSource() {
        assertSameContent(kagoshimaPdf, kagoshimaText, 0);
    }

    @Test
    void theKumamotoPdfContentEqualsTheTextContentTwoLinesHigher() {
        assertSameContent(kumamotoPdf, kumamotoText, 2);
        var record = kumamotoPdf.parsed().content().yearRecords().stream()
                .filter(r -> r.projectKey().equals("成長産業創出支援事業")).findFirst().orElseThrow();
        var source = kumamotoPdf.text().sha256();
        assertThat(record.provenance()).isEqualTo(new Provenance(source, 26, 27));
        assertThat(kumamotoText.parsed().content().yearRecord("成長産業創出支援事業", FY2024).orElseThrow()
                .provenance().firstLine()).isEqualTo(28);
    }

    /**
     * Everything but the Source is equal once the PDF's provenance is moved {@code shift} lines down
     * and given the text's checksum; the lines a provenance spans hold the same text in both.
     */
    private static void assertSameContent(ReadDocument pdf, ReadDocument text, int shift) {
        var fromPdf = pdf.parsed().content();
        var fromText = text.parsed().content();
        assertThat(fromPdf.source()).usingRecursiveComparison()
                .ignoringFields("fileName", "sha256", "lineCount").isEqualTo(fromText.source());
        assertThat(asText(fromPdf, fromText.source(), shift)).isEqualTo(fromText);
        assertThat(shifted(pdf.parsed().warnings(), text.text().fileName(), shift))
                .isEqualTo(text.parsed().warnings());
        for (var record : fromPdf.yearRecords()) {
            var p = record.provenance();
            for (int line = p.firstLine(); line <= p.lastLine(); line++) {
                assertThat(pdf.text().line(line).stripTrailing())
                        .isEqualTo(text.text().line(line + shift).stripTrailing());
            }
        }
    }

    private static PlanContent asText(PlanContent pdf, Source textSource, int shift) {
        String sha = textSource.sha256();
        return SameSource.as(pdf, textSource, p -> new Provenance(sha, p.firstLine() + shift, p.lastLine() + shift));
    }

    private static List<ImportWarning> shifted(List<ImportWarning> warnings, String file, int shift) {
        return warnings.stream().map(w -> new ImportWarning(file, w.line() > 0 ? w.line() + shift : 0, w.reason()))
                .toList();
    }

    private static void assertSameReport(DocumentReport pdf, DocumentReport text) {
        assertThat(pdf).usingRecursiveComparison().ignoringFields("file", "warnings").isEqualTo(text);
        assertThat(pdf.warnings()).extracting(ImportWarning::reason)
                .containsExactlyElementsOf(text.warnings().stream().map(ImportWarning::reason).toList());
    }

    private static String sha256(String pdf) throws IOException {
        return DocumentText.sha256(Files.readAllBytes(PDFS.resolve(pdf)));
    }
}

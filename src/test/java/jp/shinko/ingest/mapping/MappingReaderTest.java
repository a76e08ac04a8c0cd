package jp.shinko.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import jp.shinko.ingest.ParseException;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The mapping's refusals, each at its cell or key, on the fixtures of src/test/resources/mapping. */
class MappingReaderTest {

    private static final Path DIR = Path.of("src/test/resources/mapping");

    private static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(DIR.resolve(name));
    }

    private static MappingProfile profile(String name) throws IOException {
        return ProfileReader.read(name, bytes(name));
    }

    private static MappingProfile profile(String name, String from, String to) throws IOException {
        String text = Files.readString(DIR.resolve(name));
        assertThat(text).contains(from);
        return ProfileReader.read(name, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] changed(String name, Consumer<Sheet> change) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(name)));
             var out = new ByteArrayOutputStream()) {
            change.accept(workbook.getSheetAt(0));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> problems(MappingProfile profile, String file, byte[] bytes) {
        try {
            new MappingReader(profile).read(file, bytes);
        } catch (MappingReader.MappingException e) {
            return e.lines(Locale.JAPANESE);
        }
        throw new AssertionError("read without problems");
    }

    @Test
    void aProfileWithoutTheNameColumnIsRefusedNamingTheField() throws IOException {
        assertThatThrownBy(() -> profile("kaede-departments.yaml", "  B: {header: 事業名, field: name}\n", ""))
                .isInstanceOf(ParseException.class)
                .hasMessage("kaede-departments.yaml: マッピング定義の columns: 必須の項目「name」（事業名）がどの列にも割り当てられていません");
    }

    @Test
    void aProfileWithAnUnknownUnitOrFieldIsRefusedAtItsKey() throws IOException {
        assertThatThrownBy(() -> profile("sakura-codes.yaml", "unit: 千円}\n  G", "unit: 千ドル}\n  G"))
                .hasMessage("sakura-codes.yaml: マッピング定義の columns.F.unit: 「千ドル」は金額の単位ではありません（円、千円、万円、百万円のいずれかです）");
        assertThatThrownBy(() -> profile("sakura-codes.yaml", "field: outlook", "field: outlok"))
                .hasMessageStartingWith("sakura-codes.yaml: マッピング定義の columns.H.field: 「outlok」は項目名ではありません（使える項目: name, number, ");
    }

    @Test
    void aHeadingBelowAMissingLevelIsRefusedAtItsCell() throws IOException {
        // A heading of level 2 at the very top skips 基本方針; the rows below read on under a stand-in.
        var bytes = changed("minato-sections.xlsx", sheet -> sheet.getRow(3).getCell(0).setCellValue("(0) 総論"));
        assertThat(problems(profile("minato-sections.yaml"), "minato-sections.xlsx", bytes)).containsExactly(
                "事業一覧!A4: 見出し「(0) 総論」は施策ですが、その上の基本方針の見出しがありません（階層が飛んでいます）");
    }

    @Test
    void aCodeBelowABlankUpperCodeIsRefusedAtTheBlankCell() throws IOException {
        var bytes = changed("sakura-codes.xlsx", sheet -> sheet.getRow(2).getCell(0).setBlank());
        assertThat(problems(profile("sakura-codes.yaml"), "sakura-codes.xlsx", bytes)).containsExactly(
                "令和6年度!A3: 方針のコードが空欄のまま施策のコードがあります（階層が飛んでいます）");
    }

    @Test
    void aHeaderThatMovedIsNamedAndNothingIsRead() throws IOException {
        var bytes = changed("sakura-codes.xlsx", sheet -> {
            var header = sheet.getRow(1);
            header.getCell(4).setCellValue("R6予算額（千円）");
            header.getCell(5).setCellValue("R5決算額（千円）");
        });
        assertThat(problems(profile("sakura-codes.yaml"), "sakura-codes.xlsx", bytes)).containsExactly(
                "令和6年度!E2: 見出し「R5決算額（千円）」が列 E から列 F に移っています。表の形が変わったため、マッピング定義を直してから取り込んでください",
                "令和6年度!F2: 見出し「R6予算額（千円）」が列 F から列 E に移っています。表の形が変わったため、マッピング定義を直してから取り込んでください");
    }

    @Test
    void everyBadCellIsListedAtItsPlace() throws IOException {
        var bytes = changed("kaede-departments.xlsx", sheet -> {
            sheet.getRow(3).getCell(6).setCellValue("約8,000");
            sheet.getRow(4).getCell(4).setCellValue("新規");
            sheet.getRow(5).getCell(1).setBlank();
        });
        assertThat(problems(profile("kaede-departments.yaml"), "kaede-departments.xlsx", bytes)).containsExactly(
                "一覧!G4: 「約8,000」は概数のため金額として取り込めません（正確な金額を書きます）",
                "一覧!E5: 「新規」に定義にない記号があります（使える記号: 再掲、新、拡）",
                "一覧!B6: 事業名が空欄です（見出しの行なら、ほかのセルを空欄にします）");
    }

    @Test
    void anEvaluationMarkTheProfileDoesNotMapIsRefused() throws IOException {
        var bytes = changed("sakura-codes.xlsx", sheet -> sheet.getRow(3).getCell(6).setCellValue("S"));
        assertThat(problems(profile("sakura-codes.yaml"), "sakura-codes.xlsx", bytes)).containsExactly(
                "令和6年度!G4: 「S」は評価の記号（A、B、C）にありません");
    }

    @Test
    void thePdfGivesThePageRowAndColumnOfABadCell() throws IOException {
        // The profile expects 千円 where the PDF prints plain numbers in 円 of the sheet: fine; a
        // period column read without era for bare years shows the place on the page instead.
        var profile = profile("sakura-codes.yaml", "field: period}", "field: evaluation, year: R4}");
        assertThat(problems(profile, "sakura-codes.pdf", bytes("sakura-codes.pdf"))).first().asString()
                .isEqualTo("1ページ 表2行目 D列: 「R2～R6」は評価の記号（◎、○、△、―）にありません");
    }

    @Test
    void aCsvFileReadsLikeItsSheet() throws IOException {
        String csv = """
                さくら市商業振興プラン 事業実績・計画一覧,,,,,,,
                方針,施策,事業名,事業期間,R5決算額（千円）,R6予算額（千円）,R5評価,今後の方向性
                1,(1),商店街にぎわい創出事業,R2～R6,"4,520","5,000",A,継続
                ,(2),空き店舗活用補助金,令和3年度から,"1,200","1,500",B,拡充
                2,(1),中小企業融資制度,平成30年度～,"120,000",－,C,見直し
                ,,事業承継セミナー,R5～R7,0,800,,継続
                """;
        var profile = profile("sakura-codes.yaml");
        var xlsx = new MappingReader(profile).read("sakura-codes.xlsx", bytes("sakura-codes.xlsx"));
        var fromCsv = new MappingReader(profile).read("sakura.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(ContentListing.of(fromCsv.parsed().content()))
                .containsExactlyElementsOf(ContentListing.of(xlsx.parsed().content()));
        var wrong = csv.replace("\"5,000\"", "約5000");
        assertThat(problems(profile, "sakura.csv", wrong.getBytes(StandardCharsets.UTF_8))).containsExactly(
                "sakura.csv!F3: 「約5000」は概数のため金額として取り込めません（正確な金額を書きます）");
    }

    @Test
    void indentationAndAFixedNodeGiveTheTreeToo() throws IOException {
        String csv = """
                ,,,,,
                番号,事業名,担当課,金額（円）,金額（円）,備考
                ,,,令和5年度決算額,令和6年度予算額,
                創業と事業承継の支援,,,,,
                　創業の促進,,,,,
                1,創業支援補助金,商工振興課,"12,345,000","15,000,000",
                販路の開拓,,,,,
                　国内外への販路拡大,,,,,
                4,展示会出展支援補助金,商工振興課,―,"6,200,000",
                """;
        String headings = "  by: sections\n  headings:\n    - '^基本方針(\\d+)\\s*(.+)$'\n    - '^\\((\\d+)\\)\\s*(.+)$'\n";
        var indented = profile("minato-sections.yaml", headings, "  by: indentation\n");
        var content = new MappingReader(indented).read("minato.csv", csv.getBytes(StandardCharsets.UTF_8))
                .parsed().content();
        assertThat(content.nodes()).extracting(n -> n.path() + " " + n.title()).containsExactly(
                "1 創業と事業承継の支援", "1/1 創業の促進", "2 販路の開拓", "2/1 国内外への販路拡大");
        assertThat(content.placements()).extracting(p -> p.projectKey() + " @" + p.node())
                .containsExactly("創業支援補助金 @1/1", "展示会出展支援補助金 @2/1");

        var fixed = profile("minato-sections.yaml", headings,
                "  by: fixed\n  node: [\"2\", \"1\"]\n  titles: [販路の開拓, 国内外への販路拡大]\n");
        String rows = csv.lines().filter(l -> !l.contains("の")).collect(java.util.stream.Collectors.joining("\n"));
        var one = new MappingReader(fixed).read("minato.csv", rows.getBytes(StandardCharsets.UTF_8)).parsed().content();
        assertThat(one.nodes()).extracting(n -> n.path() + " " + n.title())
                .containsExactly("2 販路の開拓", "2/1 国内外への販路拡大");
        assertThat(one.placements()).extracting(p -> p.projectKey() + " @" + p.node())
                .containsExactly("創業支援補助金 @2/1", "展示会出展支援補助金 @2/1");
    }

    @Test
    void thePreviewShowsTheFirstRowsWithTheirProblemsAndNeverThrows() throws IOException {
        var bytes = changed("kaede-departments.xlsx", sheet -> sheet.getRow(4).getCell(6).setCellValue("34,114円"));
        var preview = new MappingReader(profile("kaede-departments.yaml")).preview("kaede.xlsx", bytes, 2);
        assertThat(preview.headers()).extracting(Preview.Header::letter)
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H");
        assertThat(preview.headers()).allMatch(Preview.Header::matches);
        assertThat(preview.rows()).extracting(Preview.Row::line).containsExactly(4, 5);
        assertThat(preview.rows().get(1).cells())
                .containsExactly("1-1", "物産展開催事業", "経済観光部", "観光課", "", "", "34,114円", "");
        assertThat(preview.problemAt(5, 6).text(Locale.JAPANESE))
                .isEqualTo("一覧!G5: 「34,114円」はこの列の単位（千円）と違う単位で書かれています。千円単位の数値で書きます");
        assertThat(preview.problemAt(4, 6)).isNull();
    }

    @Test
    void amountsAreExactInTheColumnsUnit() {
        var cells = new PlainAmountCells();
        assertThat(cells.read(new Grid.Cell("12,345,678", null, 0), AmountUnitName.YEN).yen()).isEqualTo(12_345_678L);
        assertThat(cells.read(new Grid.Cell("1,234千円", null, 0), AmountUnitName.THOUSAND_YEN).yen()).isEqualTo(1_234_000L);
        assertThat(cells.read(new Grid.Cell("１２.５", null, 0), AmountUnitName.MILLION_YEN).yen()).isEqualTo(12_500_000L);
        assertThat(cells.read(new Grid.Cell("2596", new java.math.BigDecimal("2596"), 0), AmountUnitName.TEN_THOUSAND_YEN)
                .yen()).isEqualTo(25_960_000L);
        assertThat(cells.read(new Grid.Cell("―", null, 0), AmountUnitName.YEN).kind()).isEqualTo(Amount.Kind.NONE);
        assertThat(cells.read(new Grid.Cell("非公開", null, 0), AmountUnitName.YEN).kind()).isEqualTo(Amount.Kind.UNDISCLOSED);
        assertThat(cells.read(new Grid.Cell("", null, 0), AmountUnitName.YEN).kind()).isEqualTo(Amount.Kind.NOT_STATED);
        assertThat(cells.read(new Grid.Cell("0.5", null, 0), AmountUnitName.YEN).refusal().text(Locale.JAPANESE))
                .isEqualTo("「0.5」は1円未満の端数になります（この列は円単位です）");
        assertThat(cells.read(new Grid.Cell("300程度", null, 0), AmountUnitName.THOUSAND_YEN).isRefused()).isTrue();
    }

    @Test
    void theMappedRowsKeepEveryYen() throws IOException {
        var bytes = changed("minato-sections.xlsx", sheet -> sheet.getRow(5).getCell(3).setCellValue(12_345_678));
        var mapped = new TableMapper(profile("minato-sections.yaml"),
                XlsxGrid.read("minato-sections.xlsx", bytes, "事業一覧", 3), 0, new PlainAmountCells())
                .map(XlsxGrid.read("minato-sections.xlsx", bytes, "事業一覧", 3).rows().subList(3, 13));
        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.entries().get(0).settled().get(FiscalYear.of(2023)).yen()).isEqualTo(12_345_678L);
    }
}

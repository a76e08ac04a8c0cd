package jp.shinko.ingest.kumamoto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.ParseException;
import jp.shinko.plan.FiscalYear;
import org.junit.jupiter.api.Test;

/** The real list, altered the way broken or other editions would be. */
class KumamotoListParserBadInputTest {

    private static final String FILE = "kumamoto-edited.txt";
    private final KumamotoListParser parser = new KumamotoListParser();

    private static List<String> sampleLines() throws Exception {
        var text = Files.readString(Path.of("samples/kumamoto-chusho-plan-r6.txt"), StandardCharsets.UTF_8);
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static DocumentText document(List<String> lines) {
        return DocumentText.fromUtf8(FILE, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static DocumentText edited(int line, UnaryOperator<String> edit) throws Exception {
        var lines = sampleLines();
        lines.set(line - 1, edit.apply(lines.get(line - 1)));
        return document(lines);
    }

    private ParseException failure(DocumentText text) {
        return catchThrowableOfType(ParseException.class, () -> parser.parse(text));
    }

    @Test
    void aMalformedAmountNamesTheLineAndTheCell() throws Exception {
        var e = failure(edited(28, l -> l.replace("16,072", "12,3x4")));
        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.line()).isEqualTo(28);
        assertThat(e.reason()).startsWith("予算額「12,3x4」が金額として読めません");
        assertThat(e.reason(Locale.ENGLISH))
                .isEqualTo("Budget \"12,3x4\" is not an amount (write thousand yen as digits, commas allowed, or - for none)");
    }

    @Test
    void anEntryBeforeAnyInitiative() throws Exception {
        var lines = sampleLines();
        lines.add(25, "(1)\t中小企業金融対策事業\t商業金融課\t33,100");
        var e = failure(document(lines));
        assertThat(e.line()).isEqualTo(26);
        assertThat(e.reason()).isEqualTo("取組の見出しより前に事業の行「(1) 中小企業金融対策事業」があります");
    }

    @Test
    void aFileCutAfterAnEntryRowLacksItsSummary() throws Exception {
        var e = failure(document(sampleLines().subList(0, 189)));
        assertThat(e.line()).isEqualTo(189);
        assertThat(e.reason()).isEqualTo("事業「成長産業創出支援事業」の事業概要の行がありません（ファイルが途中で切れています）");
    }

    @Test
    void anEntryRowCutBeforeItsBudget() throws Exception {
        var e = failure(edited(30, l -> l.substring(0, l.lastIndexOf('\t'))));
        assertThat(e.line()).isEqualTo(30);
        assertThat(e.reason()).contains("4列が必要");
    }

    @Test
    void anUnknownMarkerBeforeAName() throws Exception {
        var e = failure(edited(46, l -> l.replace("【新】", "【廃止】")));
        assertThat(e.line()).isEqualTo(46);
        assertThat(e.reason()).isEqualTo("事業名の先頭に不明な記号「【廃止】」があります（使えるのは【新】【拡充】【再掲】です）");
    }

    @Test
    void aReListingWithNoEarlierProjectOfThatName() throws Exception {
        var e = failure(edited(58, l -> l.replace("【再掲】成長産業創出支援事業", "【再掲】成長産業創出推進事業")));
        assertThat(e.line()).isEqualTo(58);
        assertThat(e.reason()).isEqualTo("【再掲】の事業「成長産業創出推進事業」が、これより前に掲載されていません");
    }

    @Test
    void aReListingThatDisagreesIsReadWithAWarning() throws Exception {
        var parsed = parser.parse(edited(145, l -> l.replace("33,100", "33,000")));
        assertThat(parsed.warnings()).containsExactly(new ImportWarning(FILE, 145,
                "【再掲】の事業「中小企業金融対策事業」の 予算額（33,100 / 33,000） が 39 行目の掲載と違います。最初の掲載の内容を採用しました"));
        assertThat(parsed.warnings().get(0).message(Locale.ENGLISH)).isEqualTo(FILE + ":145: Project \"中小企業金融対策事業\""
                + " listed again (【再掲】) differs from the listing on line 39 in budget (33,100 / 33,000);"
                + " the first listing was kept");
        assertThat(parsed.content().yearRecord("中小企業金融対策事業", FiscalYear.of(2024)).orElseThrow().budget().thousandYen())
                .isEqualTo(33_100);
    }

    @Test
    void aRepeatedNameWithoutTheReListingMarkIsASecondProjectWithAWarning() throws Exception {
        var parsed = parser.parse(edited(147, l -> l.replace("【再掲】利子補給金", "利子補給金")));
        assertThat(parsed.warnings()).containsExactly(new ImportWarning(FILE, 147,
                "事業「利子補給金」は 41 行目にも【再掲】なしで掲載されています。別の事業として読みました"));
        assertThat(parsed.content().projects()).hasSize(60);
        assertThat(parsed.content().project("利子補給金~2")).isPresent();
    }

    @Test
    void aGapInTheNumberingIsReadWithAWarning() throws Exception {
        var lines = sampleLines();
        lines.subList(29, 31).clear();
        var parsed = parser.parse(document(lines));
        assertThat(parsed.warnings()).containsExactly(
                new ImportWarning(FILE, 30, "事業番号 (3) が前の番号 1 の次ではありません"));
        assertThat(parsed.content().projects()).hasSize(58);
    }

    @Test
    void otherDocumentsAreNotRecognizedAndNotParsed() throws Exception {
        var kagoshima = DocumentText.fromUtf8("kagoshima-shokogyo-plan-r1-r2.txt",
                Files.readAllBytes(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt")));
        assertThat(parser.recognizes(kagoshima)).isFalse();
        var e = failure(kagoshima);
        assertThat(e.file()).isEqualTo("kagoshima-shokogyo-plan-r1-r2.txt");
        assertThat(e.line()).isZero();
        assertThat(e.reason()).startsWith("熊本市の事業一覧の形式ではありません");
        var empty = DocumentText.fromUtf8("empty.txt", new byte[0]);
        assertThat(parser.recognizes(empty)).isFalse();
        assertThat(failure(empty).line()).isZero();
        assertThat(parser.recognizes(document(sampleLines()))).isTrue();
    }

    @Test
    void anotherYearsEditionIsReadForItsOwnYear() throws Exception {
        var lines = sampleLines();
        lines.replaceAll(l -> l.replace("令和六年度（2024年度）", "令和七年度（2025年度）")
                .replace("令和六年（2024年）3月", "令和七年（2025年）2月")
                .replace("2024年3月末日時点", "2025年2月末日時点"));
        var content = parser.parse(document(lines)).content();
        assertThat(content.years()).containsExactly(FiscalYear.of(2025));
        assertThat(content.plan().priorities()).containsOnlyKeys(FiscalYear.of(2025));
        assertThat(content.source().published()).isEqualTo(java.time.YearMonth.of(2025, 2));
        assertThat(content.source().asOf()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aTitleWithOnlyTheEraYearInKanji() throws Exception {
        var parsed = parser.parse(edited(6, l -> "令和十二年度 事業一覧"));
        assertThat(parsed.content().years()).containsExactly(FiscalYear.of(2030));
        // The 重点事項 heading still says 令和六年度: the title's year wins, with a warning.
        assertThat(parsed.warnings()).containsExactly(new ImportWarning(FILE, 12,
                "重点事項の年度（2024年度）が表題の年度（2030年度）と違います。表題の年度として読みました"));
    }

    @Test
    void kanjiNumeralsAndTheFirstYearOfAnEra() {
        assertThat(EraYear.gregorian("令和", "元")).isEqualTo(2019);
        assertThat(EraYear.gregorian("令和", "六")).isEqualTo(2024);
        assertThat(EraYear.gregorian("平成", "三十一")).isEqualTo(2019);
        assertThat(EraYear.gregorian("令和", "６")).isEqualTo(2024);
        assertThat(EraYear.number("二〇二四")).isEqualTo(2024);
        assertThat(EraYear.number("十")).isEqualTo(10);
        assertThat(EraYear.number("二十")).isEqualTo(20);
        assertThat(EraYear.number("x")).isEqualTo(-1);
    }
}

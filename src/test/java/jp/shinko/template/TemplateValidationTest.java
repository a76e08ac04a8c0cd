package jp.shinko.template;

import static jp.shinko.template.TemplateFiles.editXlsx;
import static jp.shinko.template.TemplateFiles.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.function.Consumer;
import jp.shinko.ingest.ParseException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the reader refuses, with the exact message: file, row (as the line), sheet, column and the
 * reason in Japanese. Each case edits the exported Kumamoto workbook (the smaller sample, so the
 * suite stays fast) the way a person might. Its first project, 成長産業創出支援事業, is in row 2
 * of 事業年度, 事業 and 掲載, and listed again (再掲) in row 14 of 掲載; row 3 of 事業年度 is
 * 創業者チャレンジ支援・育成事業.
 */
class TemplateValidationTest {

    static byte[] kumamoto;
    final TemplateReader reader = new TemplateReader();

    @BeforeAll
    static void export() {
        kumamoto = TemplateWriter.toBytes(Samples.KUMAMOTO.content(), TemplateFormat.XLSX);
    }

    ParseException readingFails(Consumer<XSSFWorkbook> edit) {
        byte[] edited = editXlsx(kumamoto, edit);
        var thrown = org.junit.jupiter.api.Assertions.assertThrows(ParseException.class,
                () -> reader.content("plan.xlsx", edited));
        assertThat(thrown.file()).isEqualTo("plan.xlsx");
        return thrown;
    }

    @Test
    void anUnknownColumnIsNamedWithTheColumnsThatAreKnown() {
        var e = readingFails(w -> set(w.getSheet("事業年度"), 1, "事業名", "事業の名前"));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e).hasMessage("plan.xlsx:1: シート「事業年度」: 列「事業の名前」は知りません（使える列: 事業キー、事業名、年度、"
                + "予算額（千円）、決算額（千円）、実施内容、実施内容同左、評価、今後の方向性、拡充要素、新規、拡充、重点、状態、"
                + "出典SHA-256、出典開始行、出典終了行）");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("plan.xlsx:1: Sheet \"事業年度\": unknown column \"事業の名前\""
                + " (the columns are: 事業キー, 事業名, 年度, 予算額（千円）, 決算額（千円）, 実施内容, 実施内容同左, 評価,"
                + " 今後の方向性, 拡充要素, 新規, 拡充, 重点, 状態, 出典SHA-256, 出典開始行, 出典終了行)");
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        var e = readingFails(w -> set(w.getSheet("事業年度"), 1, "年度", "会計年度"));
        assertThat(e).hasMessageStartingWith("plan.xlsx:1: シート「事業年度」: 列「会計年度」は知りません");
        var missing = readingFails(w -> set(w.getSheet("事業年度"), 1, "年度", null));
        assertThat(missing).hasMessage("plan.xlsx:1: シート「事業年度」: 列「年度」がありません");
    }

    @Test
    void aMalformedAmountIsRefused() {
        var e = readingFails(w -> set(w.getSheet("事業年度"), 2, "予算額（千円）", "16,O72"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e).hasMessage("plan.xlsx:2: シート「事業年度」 列「予算額（千円）」: 「16,O72」は金額として読めません"
                + "（千円単位の数値、―、非公開、または空欄で書きます）");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("plan.xlsx:2: Sheet \"事業年度\", column \"予算額（千円）\":"
                + " \"16,O72\" is not an amount (write thousand yen as a number, ― for none, 非公開 for undisclosed,"
                + " or leave the cell blank)");
    }

    @Test
    void aNegativeAmountIsRefusedAsANumberAndInAccountingNotation() {
        assertThat(readingFails(w -> set(w.getSheet("事業年度"), 2, "予算額（千円）", -5)))
                .hasMessage("plan.xlsx:2: シート「事業年度」 列「予算額（千円）」: 金額が負の値です（-5）");
        assertThat(readingFails(w -> set(w.getSheet("事業年度"), 2, "決算額（千円）", "△1,000")))
                .hasMessage("plan.xlsx:2: シート「事業年度」 列「決算額（千円）」: 金額が負の値です（△1,000）");
    }

    @Test
    void anAmountBelowOneThousandYenIsRefused() {
        assertThat(readingFails(w -> set(w.getSheet("事業年度"), 2, "予算額（千円）", 16_072.5)))
                .hasMessage("plan.xlsx:2: シート「事業年度」 列「予算額（千円）」: 金額は千円単位の整数で書きます（16072.5）");
    }

    @Test
    void anEvaluationMarkOutsideThePlansScaleIsRefused() {
        var e = readingFails(w -> set(w.getSheet("事業年度"), 2, "評価", "☆"));
        assertThat(e).hasMessage("plan.xlsx:2: シート「事業年度」 列「評価」: 「☆」は計画の評価基準（◎、○、△、―）にありません");
    }

    @Test
    void anEvaluationMarkAddedToTheScaleIsAccepted() {
        byte[] edited = editXlsx(kumamoto, w -> {
            set(w.getSheet("評価基準"), 6, "記号", "☆");
            set(w.getSheet("評価基準"), 6, "下限達成率（％）", 150);
            set(w.getSheet("事業年度"), 2, "評価", "☆");
        });
        var content = reader.content("plan.xlsx", edited);
        assertThat(content.plan().evaluationScale().marks()).containsExactly("☆", "◎", "○", "△", "―");
        assertThat(content.yearRecord("成長産業創出支援事業", jp.shinko.plan.FiscalYear.of(2024)).orElseThrow()
                .evaluation().mark()).isEqualTo("☆");
    }

    @Test
    void aProjectWithoutAPrimaryPlacementIsReportedAtItsRowOnTheProjectSheet() {
        var e = readingFails(w -> set(w.getSheet("掲載"), 2, "再掲", "○"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e).hasMessage("plan.xlsx:2: シート「事業」: 事業「成長産業創出支援事業」（成長産業創出支援事業）に主たる掲載がありません"
                + "（「掲載」に再掲が空欄の行が要ります）");
    }

    @Test
    void aSecondPrimaryPlacementIsRefused() {
        var e = readingFails(w -> set(w.getSheet("掲載"), 14, "再掲", null));
        assertThat(e).hasMessage("plan.xlsx:14: シート「掲載」 列「再掲」: 事業「成長産業創出支援事業」の主たる掲載（再掲が空欄）が"
                + "2行目にもあります。二つ目からは再掲に ○ を付けます");
    }

    @Test
    void aRowWhoseNameDoesNotMatchItsKeyIsCaught() {
        var e = readingFails(w -> set(w.getSheet("掲載"), 3, "事業キー", "成長産業創出支援事業"));
        assertThat(e).hasMessage("plan.xlsx:3: シート「掲載」 列「事業名」: 「創業者チャレンジ支援・育成事業」は"
                + "事業キー「成長産業創出支援事業」の事業名「成長産業創出支援事業」と一致しません");
    }

    @Test
    void aPlacementUnderAnUnknownNodeIsRefused() {
        var e = readingFails(w -> set(w.getSheet("掲載"), 2, "体系番号", "1/⑪"));
        assertThat(e).hasMessage("plan.xlsx:2: シート「掲載」 列「体系番号」: 体系番号「1/⑪」は「体系」にありません");
    }

    @Test
    void aDuplicateProjectYearIsRefusedNamingTheFirstRow() {
        var e = readingFails(w -> {
            set(w.getSheet("事業年度"), 3, "事業キー", "成長産業創出支援事業");
            set(w.getSheet("事業年度"), 3, "事業名", "成長産業創出支援事業");
        });
        assertThat(e).hasMessage("plan.xlsx:3: シート「事業年度」: 事業「成長産業創出支援事業」の2024年度の行が重複しています"
                + "（2行目と同じです）");
    }

    @Test
    void aYearRecordOfAnUnknownProjectIsRefused() {
        var e = readingFails(w -> {
            set(w.getSheet("事業年度"), 3, "事業キー", "999");
            set(w.getSheet("事業年度"), 3, "事業名", null);
        });
        assertThat(e).hasMessage("plan.xlsx:3: シート「事業年度」 列「事業キー」: 事業キー「999」は「事業」にありません");
    }

    @Test
    void aDepartmentMissingFromTheOrganizationsIsRefused() {
        var e = readingFails(w -> set(w.getSheet("事業"), 2, "担当課", "起業・新産業支援課\n広報課"));
        assertThat(e).hasMessage("plan.xlsx:2: シート「事業」 列「担当課」: 「広報課」は「組織」にありません");
    }

    @Test
    void anUnreadableYearIsExplainedInEnglishToo() {
        assertThat(readingFails(w -> set(w.getSheet("事業年度"), 2, "年度", "来年度")).message(Locale.ENGLISH))
                .isEqualTo("plan.xlsx:2: Sheet \"事業年度\", column \"年度\": \"来年度\" cannot be read as a fiscal year:"
                        + " \"来年度\" is not a known way of writing a year");
    }

    @Test
    void anUnreadableYearOrFlagIsRefused() {
        assertThat(readingFails(w -> set(w.getSheet("事業年度"), 2, "年度", "来年度")))
                .hasMessage("plan.xlsx:2: シート「事業年度」 列「年度」: 「来年度」を年度として読めません: 「来年度」は年の書き方として知りません");
        assertThat(readingFails(w -> set(w.getSheet("事業年度"), 2, "新規", "はい")))
                .hasMessage("plan.xlsx:2: シート「事業年度」 列「新規」: 「はい」は ○ か空欄で書いてください");
    }

    @Test
    void aMissingSheetIsNamed() {
        var e = readingFails(w -> w.removeSheetAt(w.getSheetIndex("掲載")));
        assertThat(e.line()).isZero();
        assertThat(e).hasMessage("plan.xlsx: シート「掲載」がありません");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("plan.xlsx: Sheet \"掲載\" is missing");
    }

    @Test
    void csvErrorsNameTheFileInTheArchive() {
        var files = new LinkedHashMap<>(TemplateFiles.unzip(
                TemplateWriter.toBytes(Samples.KUMAMOTO.content(), TemplateFormat.CSV_ZIP)));
        String csv = new String(files.get("事業年度.csv"), StandardCharsets.UTF_8);
        files.put("事業年度.csv", csv.replace("\r\n成長産業創出支援事業,成長産業創出支援事業,2024,16072,",
                "\r\n成長産業創出支援事業,成長産業創出支援事業,2024,16072円,").getBytes(StandardCharsets.UTF_8));
        byte[] zip = TemplateFiles.zip(files, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.content("plan.zip", zip))
                .isInstanceOf(ParseException.class)
                .hasMessage("plan.zip:2: 事業年度.csv 列「予算額（千円）」: 「16072円」は金額として読めません"
                        + "（千円単位の数値、―、非公開、または空欄で書きます）");
    }

    @Test
    void csvNotInUtf8IsRefusedWithHowToSaveIt() {
        var files = new LinkedHashMap<>(TemplateFiles.unzip(
                TemplateWriter.toBytes(Samples.KUMAMOTO.content(), TemplateFormat.CSV_ZIP)));
        String csv = new String(files.get("事業.csv"), StandardCharsets.UTF_8).substring(1);
        files.put("事業.csv", csv.getBytes(java.nio.charset.Charset.forName("MS932")));
        byte[] zip = TemplateFiles.zip(files, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.content("plan.zip", zip))
                .hasMessage("plan.zip: 事業.csv: Shift_JIS のようです。UTF-8 で保存してください（Excel では「CSV UTF-8（コンマ区切り）」）");
    }

    @Test
    void aFileThatIsNotTheTemplateIsRefused() {
        assertThatThrownBy(() -> reader.content("notes.txt", "事業年度".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("notes.txt: shinko の様式（シート「事業年度」のある XLSX、または 事業年度.csv を含む ZIP）ではありません");
    }
}

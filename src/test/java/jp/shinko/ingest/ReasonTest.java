package jp.shinko.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import jp.shinko.json.PlanJson;
import org.junit.jupiter.api.Test;

/** Reasons are worded when read: English for English readers, Japanese for everyone else. */
class ReasonTest {

    private static final Reason CUT = Reason.of("kagoshima.cut-after-summary", 286);

    @Test
    void englishForAnEnglishLocaleAndJapaneseForEveryOther() {
        assertThat(CUT.text(Locale.ENGLISH)).isEqualTo("No. 286: nothing after the summary (the record is cut off)");
        assertThat(CUT.text(Locale.US)).isEqualTo(CUT.text(Locale.ENGLISH));
        assertThat(CUT.text(Locale.JAPANESE)).isEqualTo("№286 の事業概要以降がありません（記録が途中で切れています）");
        assertThat(CUT.text(Locale.JAPAN)).isEqualTo(CUT.text(Locale.JAPANESE));
        assertThat(CUT.text(Locale.FRENCH)).isEqualTo(CUT.text(Locale.JAPANESE));
        assertThat(CUT.text(Locale.ROOT)).isEqualTo(CUT.text(Locale.JAPANESE));
    }

    @Test
    void theJvmsOwnLocaleDoesNotChangeTheAnswer() {
        var jvm = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertThat(CUT.text(Locale.ENGLISH)).startsWith("No. 286:");
            Locale.setDefault(Locale.US);
            assertThat(CUT.text(Locale.JAPANESE)).startsWith("№286 ");
        } finally {
            Locale.setDefault(jvm);
        }
    }

    @Test
    void numbersAreAsWrittenUnlessThePatternGroupsThem() {
        var gap = Reason.of("kumamoto.listed-twice", "利子補給金", 2150);
        assertThat(gap.text(Locale.JAPANESE)).isEqualTo("事業「利子補給金」は 2150 行目にも【再掲】なしで掲載されています。別の事業として読みました");
        var large = Reason.of("file.too-large", 52_428_800L, 20_971_520L);
        assertThat(large.text(Locale.ENGLISH)).isEqualTo("The file is too large (52,428,800 bytes; the limit is 20,971,520 bytes)");
    }

    @Test
    void listsAndNestedReasonsAreWordedInTheSameLanguage() {
        var column = Reason.of("template.at-column", Reason.of("template.place.sheet", "事業年度"), "区分",
                Reason.of("template.blank-choice", List.of("導入文", "重点事項")));
        assertThat(column.text(Locale.JAPANESE)).isEqualTo("シート「事業年度」 列「区分」: 空欄にできません（導入文、重点事項）");
        assertThat(column.text(Locale.ENGLISH)).isEqualTo("Sheet \"事業年度\", column \"区分\": must not be blank (導入文, 重点事項)");
    }

    @Test
    void aMessageOfTheEraReaderIsWordedWithTheReasonItIsPartOf() {
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(jp.shinko.era.EraParseException.class,
                () -> jp.shinko.era.JapaneseYearParser.parseSpan("R0年度～", null));
        var period = Reason.of("kagoshima.period-unreadable", 12, "R0年度～", (Worded) e::message);
        assertThat(period.text(Locale.JAPANESE))
                .isEqualTo("№12 の事業期間「R0年度～」が読めません: 「R0年度～」を年度として読めません: 令和0年はありません（元年が1年です）");
        assertThat(period.text(Locale.ENGLISH)).isEqualTo("No. 12: the project period \"R0年度～\" cannot be read:"
                + " \"R0年度～\" cannot be read as a fiscal year: Reiwa 0 does not exist (the first year is 1, written 元)");
    }

    @Test
    void aParseExceptionIsJapaneseAsAMessageAndLocalizedOnRequest() {
        var e = new ParseException("list.txt", 0, Reason.of("file.empty"));
        assertThat(e).hasMessage("list.txt: ファイルが空です");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("list.txt: The file is empty");
        var cut = new ParseException("cut.txt", 7923, CUT);
        assertThat(cut.message(Locale.ENGLISH)).isEqualTo("cut.txt:7923: No. 286: nothing after the summary (the record is cut off)");
        var jvm = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(cut.getLocalizedMessage()).isEqualTo(cut.message(Locale.ENGLISH));
            assertThat(cut.getMessage()).isEqualTo("cut.txt:7923: №286 の事業概要以降がありません（記録が途中で切れています）");
            Locale.setDefault(Locale.JAPANESE);
            assertThat(cut.getLocalizedMessage()).isEqualTo(cut.getMessage());
        } finally {
            Locale.setDefault(jvm);
        }
    }

    @Test
    void aWarningIsTheSameWarningHoweverItsReasonWasBuilt() {
        var keyed = new ImportWarning("a.txt", 30, Reason.of("kumamoto.number-gap", "(3)", 1));
        var worded = new ImportWarning("a.txt", 30, "事業番号 (3) が前の番号 1 の次ではありません");
        assertThat(keyed).isEqualTo(worded).hasSameHashCodeAs(worded)
                .hasToString("a.txt:30: 事業番号 (3) が前の番号 1 の次ではありません");
        assertThat(keyed.message(Locale.ENGLISH)).isEqualTo("a.txt:30: Project number (3) does not follow the previous number 1");
        assertThat(worded.reason(Locale.ENGLISH)).isEqualTo(worded.reason());
        assertThat(keyed).isNotEqualTo(new ImportWarning("a.txt", 31, keyed.why()));
    }

    @Test
    void aWarningInJsonIsFileLineAndTheJapaneseReason() {
        var warning = new ImportWarning("a.txt", 30, Reason.of("kumamoto.number-gap", "(3)", 1));
        assertThat(PlanJson.mapper().writer().without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(warning))
                .isEqualTo("{\"file\":\"a.txt\",\"line\":30,\"reason\":\"事業番号 (3) が前の番号 1 の次ではありません\"}");
    }
}

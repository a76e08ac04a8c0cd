package jp.shinko.era;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import jp.shinko.plan.FiscalYear;

class JapaneseYearFormatTest {

    @ParameterizedTest(name = "FY{0} prints as {1}, {2}, {3}, {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2024 | 令和6年度  | R6  | 2024年度 | 令和6年度（2024年度）
            2020 | 令和2年度  | R2  | 2020年度 | 令和2年度（2020年度）
            2019 | 令和元年度 | R元 | 2019年度 | 令和元年度（2019年度）
            2018 | 平成30年度 | H30 | 2018年度 | 平成30年度（2018年度）
            1989 | 平成元年度 | H元 | 1989年度 | 平成元年度（1989年度）
            1988 | 昭和63年度 | S63 | 1988年度 | 昭和63年度（1988年度）
            1926 | 昭和元年度 | S元 | 1926年度 | 昭和元年度（1926年度）
            1912 | 大正元年度 | T元 | 1912年度 | 大正元年度（1912年度）
            1868 | 明治元年度 | M元 | 1868年度 | 明治元年度（1868年度）
            """)
    void printsFiscalYears(int year, String japanese, String abbreviated, String gregorian, String combined) {
        FiscalYear fiscalYear = FiscalYear.of(year);

        assertThat(JapaneseYearFormat.japanese(fiscalYear)).isEqualTo(japanese);
        assertThat(JapaneseYearFormat.abbreviated(fiscalYear)).isEqualTo(abbreviated);
        assertThat(JapaneseYearFormat.gregorian(fiscalYear)).isEqualTo(gregorian);
        assertThat(JapaneseYearFormat.japaneseWithGregorian(fiscalYear)).isEqualTo(combined);
    }

    @Test
    void printsTheYearReiwaBeganInTheOutgoingEraOnRequest() {
        assertThat(JapaneseYearFormat.japanese(FiscalYear.of(2019), Era.HEISEI)).isEqualTo("平成31年度");
        assertThat(JapaneseYearFormat.abbreviated(FiscalYear.of(2019), Era.HEISEI)).isEqualTo("H31");
        assertThat(JapaneseYearFormat.japanese(FiscalYear.of(1926), Era.TAISHO)).isEqualTo("大正15年度");
    }

    @Test
    void refusesToPrintAYearOutsideTheRequestedEra() {
        assertThatThrownBy(() -> JapaneseYearFormat.japanese(FiscalYear.of(2020), Era.HEISEI))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2020年度は平成の年ではありません");
        assertThatThrownBy(() -> JapaneseYearFormat.abbreviated(FiscalYear.of(2018), Era.REIWA))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsSpans() {
        assertThat(JapaneseYearFormat.span(JapaneseYearParser.parseSpan("H29～R元", null)))
                .isEqualTo("平成29年度～令和元年度");
        assertThat(JapaneseYearFormat.span(JapaneseYearParser.parseSpan("Ｒ2年度～", null)))
                .isEqualTo("令和2年度～");
        assertThat(JapaneseYearFormat.span(JapaneseYearParser.parseSpan("31(R元)年度", Era.HEISEI)))
                .isEqualTo("令和元年度");
    }

    static Stream<Arguments> everyPrintedFormOf1989To2030() {
        List<Function<FiscalYear, String>> printers = List.of(
                JapaneseYearFormat::japanese,
                JapaneseYearFormat::abbreviated,
                JapaneseYearFormat::gregorian,
                JapaneseYearFormat::japaneseWithGregorian,
                year -> JapaneseYearFormat.japanese(year, year.year() <= 2019 ? Era.HEISEI : Era.REIWA));
        return IntStream.rangeClosed(1989, 2030).mapToObj(FiscalYear::of)
                .flatMap(year -> printers.stream().map(print -> Arguments.of(year, print.apply(year))));
    }

    @ParameterizedTest(name = "{1} reads back as {0}")
    @MethodSource("everyPrintedFormOf1989To2030")
    void readsBackWhatItPrints(FiscalYear year, String printed) {
        assertThat(JapaneseYearParser.parseYear(printed, null)).isEqualTo(year);
        assertThat(JapaneseYearParser.parseSpan(printed + "～", null).start()).isEqualTo(year);
    }
}

package jp.shinko.era;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.shinko.plan.FiscalYear;

class JapaneseYearParserTest {

    @ParameterizedTest(name = "{0} in {1} is FY{2}")
    @CsvSource(delimiter = '|', textBlock = """
            # text              | bare-number era | start | end  | open-ended
            18年度～             | HEISEI | 2006 |      | true
            １８年度～           | HEISEI | 2006 |      | true
            2年度～              | REIWA  | 2020 |      | true
            2年度～              | HEISEI | 1990 |      | true
            2年度                | REIWA  | 2020 | 2020 | false
            元年度               | REIWA  | 2019 | 2019 | false
            29年～               | HEISEI | 2017 |      | true
            31(R元)年度～        | HEISEI | 2019 |      | true
            31(R元)年度          | HEISEI | 2019 | 2019 | false
            31（Ｒ元）           | HEISEI | 2019 | 2019 | false
            31（Ｒ元）年度～     | HEISEI | 2019 |      | true
            平成31年度（令和元年度） |    | 2019 | 2019 | false
            令和6年度（2024年度）|        | 2024 | 2024 | false
            R2年度～             |        | 2020 |      | true
            R2年度               |        | 2020 | 2020 | false
            Ｒ2年度～            |        | 2020 |      | true
            Ｒ2年度              |        | 2020 | 2020 | false
            ｒ２年度             |        | 2020 | 2020 | false
            r2                   |        | 2020 | 2020 | false
            R1                   |        | 2019 | 2019 | false
            R元                  |        | 2019 | 2019 | false
            Ｒ元年度             |        | 2019 | 2019 | false
            令和元年度～         |        | 2019 |      | true
            令和 元年            |        | 2019 | 2019 | false
            令和　元年度         |        | 2019 | 2019 | false
            ' 令和2年度 '        |        | 2020 | 2020 | false
            令和6年度            |        | 2024 | 2024 | false
            平成22年度～         |        | 2010 |      | true
            平成元年度           |        | 1989 | 1989 | false
            H2年度～             |        | 1990 |      | true
            h11年度～            |        | 1999 |      | true
            Ｈ31                 |        | 2019 | 2019 | false
            S55年度～            |        | 1980 |      | true
            S28年度～            |        | 1953 |      | true
            Ｓ64年度             |        | 1989 | 1989 | false
            昭和元年             |        | 1926 | 1926 | false
            昭和58年度           |        | 1983 | 1983 | false
            大正15年             |        | 1926 | 1926 | false
            T元                  |        | 1912 | 1912 | false
            明治元年             |        | 1868 | 1868 | false
            M45                  |        | 1912 | 1912 | false
            ㍻31年度             |        | 2019 | 2019 | false
            H29～R元             |        | 2017 | 2019 | false
            H29〜R元             |        | 2017 | 2019 | false
            H29~R元              |        | 2017 | 2019 | false
            27年度～R1年度       | HEISEI | 2015 | 2019 | false
            23年度～Ｒ元年度     | HEISEI | 2011 | 2019 | false
            S58年度～Ｒ元年度    |        | 1983 | 2019 | false
            平成22～25年度       | REIWA  | 2010 | 2013 | false
            R2～R2               |        | 2020 | 2020 | false
            2024年度             |        | 2024 | 2024 | false
            ２０２４年度         | HEISEI | 2024 | 2024 | false
            2024                 | REIWA  | 2024 | 2024 | false
            2019～2024年度       |        | 2019 | 2024 | false
            2020年～             |        | 2020 |      | true
            """)
    void readsEveryNotationOfTheSamples(String text, Era bareNumberEra, int start, Integer end, boolean openEnded) {
        YearSpan span = JapaneseYearParser.parseSpan(text, bareNumberEra);

        assertThat(span.start()).isEqualTo(FiscalYear.of(start));
        assertThat(span.end()).isEqualTo(end == null ? null : FiscalYear.of(end));
        assertThat(span.openEnded()).isEqualTo(openEnded);
        assertThat(span.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is FY{1} with a warning")
    @CsvSource(delimiter = '|', textBlock = """
            平成32年     | 2020
            H32年度      | 2020
            32(R2)年度   | 2020
            """)
    void readsInformalHeiseiYearsPast31WithAWarning(String text, int year) {
        YearSpan span = JapaneseYearParser.parseSpan(text, Era.HEISEI);

        assertThat(span.start()).isEqualTo(FiscalYear.of(year));
        assertThat(span.isSingleYear()).isTrue();
        assertThat(span.warnings()).singleElement().asString()
                .contains("「" + text + "」", "平成32年", "令和2年度（2020年度）");
    }

    @Test
    void warnsOnEachInformalYearOfASpan() {
        YearSpan span = JapaneseYearParser.parseSpan("H32～H33", null);

        assertThat(span.start()).isEqualTo(FiscalYear.of(2020));
        assertThat(span.end()).isEqualTo(FiscalYear.of(2021));
        assertThat(span.warnings()).hasSize(2);
    }

    @ParameterizedTest(name = "{0} ({1}) is rejected: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            R0             | HEISEI | 令和0年はありません
            R0年度         |        | 令和0年はありません
            H0             |        | 平成0年はありません
            0年度          | HEISEI | 平成0年はありません
            元年度         |        | 元号がわかりません
            18年度～       |        | 元号がわかりません
            31(R元)年度～  |        | 元号がわかりません
            X3年度         | HEISEI | 元号の記号「X」は知りません
            x3年度         | HEISEI | 元号の記号「X」は知りません
            S65            |        | 昭和は64年までです
            T16            |        | 大正は15年までです
            M46            |        | 明治は45年までです
            31(R2)         | HEISEI | 一致しません
            令和6年度（2023年度） |  | 一致しません
            平成31年度(31)  |       | 元号がありません
            R3～R2         |        | 終了年度（2020年度）が開始年度（2021年度）より前です
            30年度～29年度 | HEISEI | より前です
            H29～R元～R2   |        | 二つ以上
            ～31年度       | HEISEI | 開始年度がありません
            ''             | HEISEI | 空です
            '   '          | HEISEI | 空です
            開始年度不明   | HEISEI | 年の書き方として知りません
            ―              | HEISEI | 年の書き方として知りません
            令和年度       |        | 年の書き方として知りません
            abc            | HEISEI | 年の書き方として知りません
            1 8年度        | HEISEI | 年の書き方として知りません
            31年度(R元)年度 | HEISEI | 括弧の前後
            123年度        | HEISEI | 平成123年はありません
            R9999          |        | 令和9999年はありません
            1867年度       |        | 扱える範囲
            3000           |        | 扱える範囲
            R982           |        | 扱える範囲
            """)
    void rejectsWhatIsNotAFiscalYear(String text, Era bareNumberEra, String reason) {
        assertThatThrownBy(() -> JapaneseYearParser.parseSpan(text, bareNumberEra))
                .isInstanceOf(EraParseException.class)
                .hasMessageStartingWith("「" + text + "」を年度として読めません: ")
                .hasMessageContaining(reason)
                .extracting(e -> ((EraParseException) e).input()).isEqualTo(text);
    }

    @Test
    void rejectsNullAsEmpty() {
        assertThatThrownBy(() -> JapaneseYearParser.parseSpan(null, Era.HEISEI))
                .isInstanceOf(EraParseException.class)
                .hasMessageContaining("空です");
    }

    @Test
    void readsOneYearAndRefusesASpanWhereOneYearIsExpected() {
        assertThat(JapaneseYearParser.parseYear("31（Ｒ元）", Era.HEISEI)).isEqualTo(FiscalYear.of(2019));
        assertThat(JapaneseYearParser.parseYear("平成32年", null)).isEqualTo(FiscalYear.of(2020));

        assertThatThrownBy(() -> JapaneseYearParser.parseYear("R2年度～", null))
                .isInstanceOf(EraParseException.class)
                .hasMessage("「R2年度～」を年度として読めません: 期間ではなく一つの年度を指定してください");
    }

    @Test
    void leavesTheCallersTextAsItWas() {
        String printed = "Ｒ２年度～";

        YearSpan span = JapaneseYearParser.parseSpan(printed, null);

        assertThat(printed).isEqualTo("Ｒ２年度～");
        assertThat(span.toPeriod(printed).printed()).isEqualTo("Ｒ２年度～");
        assertThat(span.toPeriod(printed).start()).isEqualTo(FiscalYear.of(2020));
        assertThat(span.toPeriod(printed).end()).isNull();
    }

    /** Every open-ended period ending a line of Kagoshima's list, read as a Heisei-era document. */
    @Test
    void readsEveryOpenEndedPeriodOfTheKagoshimaList() throws IOException {
        Pattern period = Pattern.compile("(?:^|[ \u3000])([0-9０-９SHRＳＨＲ令平昭]\\S*年度?～)$");
        List<String> periods = Files.readAllLines(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"),
                        StandardCharsets.UTF_8).stream()
                .map(period::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();

        List<YearSpan> spans = periods.stream().map(p -> JapaneseYearParser.parseSpan(p, Era.HEISEI)).toList();
        Map<Integer, Long> startsPerYear = spans.stream()
                .collect(Collectors.groupingBy(s -> s.start().year(), TreeMap::new, Collectors.counting()));

        assertThat(periods).hasSize(228).contains("31(R元)年度～", "１８年度～", "Ｒ2年度～", "S28年度～", "29年～");
        assertThat(spans).allSatisfy(s -> {
            assertThat(s.openEnded()).isTrue();
            assertThat(s.warnings()).isEmpty();
        });
        assertThat(startsPerYear.keySet()).first().isEqualTo(1953);
        assertThat(startsPerYear.keySet()).last().isEqualTo(2020);
        assertThat(startsPerYear).containsEntry(2019, 26L).containsEntry(2020, 13L)
                .containsEntry(2013, 20L).containsEntry(2006, 6L);
    }
}

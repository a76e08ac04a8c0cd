package jp.shinko.amount;

import java.math.BigDecimal;
import java.util.Locale;
import jp.shinko.plan.Amount;
import jp.shinko.plan.AmountUnit;
import jp.shinko.plan.Yen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Amount notations as published lists, 決算 books, 主要施策の成果, 事務事業評価 sheets and 補正・査定
 * lists write them, each read to exact yen with the unit it was written in, or refused with a reason.
 */
class AmountReaderTest {

    /**
     * column: the unit of the column ({@code 千円}), or {@code stated} for free text where the
     * written unit wins (bare numbers refused); expected: yen and unit label, ― / 非公開 / blank,
     * or the refusal.
     */
    @ParameterizedTest(name = "[{index}] {0} in {1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "NULL", textBlock = """
            # the sample lists: 千円 columns
            1,100              | 千円   | 1100000 千円
            34,114             | 千円   | 34114000 千円
            455,275            | 千円   | 455275000 千円
            0                  | 千円   | 0 千円
            ―                  | 千円   | ―
            －                 | 千円   | ―
            -                  | 千円   | ―
            ー                 | 千円   | ―
            非公開             | 千円   | 非公開
            ''                 | 千円   | blank
            '  '               | 千円   | blank
            NULL               | 千円   | blank
            １，２００         | 千円   | 1200000 千円
            '１２００ '        | 千円   | 1200000 千円
            1,200千円          | 千円   | 1200000 千円
            # 決算 lists in 円, the written unit wins in free text
            '218,272,770 円'   | 円     | 218272770 円
            218,272,770        | 円     | 218272770 円
            '2,108,400 円'     | stated | 2108400 円
            140,359,000円      | stated | 140359000 円
            ￥1,200            | stated | 1200 円
            41160千円          | stated | 41160000 千円
            (2,596万円)        | stated | 25960000 万円
            （２，５９６万円）   | stated | 25960000 万円
            46億9,456万4千円   | stated | 4694564000 千円
            6億8,127万円       | stated | 681270000 万円
            1億2千万円         | stated | 120000000 千万円
            3億円              | stated | 300000000 億円
            12.5百万円         | stated | 12500000 百万円
            2,596万            | stated | 25960000 万円
            # reductions in 補正 and 増減 columns
            △1,200            | 千円   | -1200000 千円
            ▲1,200            | 千円   | -1200000 千円
            △ 35,000          | 円     | -35000 円
            -500               | 千円   | -500000 千円
            －500              | 千円   | -500000 千円
            +300               | 千円   | 300000 千円
            △2億5,000万円     | stated | -250000000 万円
            # 百万円 columns and decimals that are whole yen
            1,234              | 百万円 | 1234000000 百万円
            0.5                | 百万円 | 500000 百万円
            12.3               | 千円   | 12300 千円
            1,200.5            | 千円   | 1200500 千円
            # refusals
            約300              | 千円   | APPROXIMATE
            300程度            | 千円   | APPROXIMATE
            約3億円            | stated | APPROXIMATE
            300余              | 千円   | APPROXIMATE
            1億円強            | stated | APPROXIMATE
            100～200           | 千円   | RANGE
            300以上            | 千円   | BOUND
            未定               | 千円   | NOT_A_NUMBER
            事業費に含む       | 千円   | NOT_A_NUMBER
            98.5%              | 千円   | NOT_A_NUMBER
            千円               | 千円   | NOT_A_NUMBER
            1-2                | 千円   | NOT_A_NUMBER
            34,114円           | 千円   | UNIT_MISMATCH
            41160千円          | 円     | UNIT_MISMATCH
            (2,596万円)        | 千円   | UNIT_MISMATCH
            1,20,0             | 千円   | BAD_GROUPING
            12,34              | 千円   | BAD_GROUPING
            1234,567           | 千円   | BAD_GROUPING
            1.5                | 円     | FRACTION_OF_YEN
            0.0001             | 千円   | FRACTION_OF_YEN
            1,200              | stated | NO_UNIT
            4億5               | stated | NO_UNIT
            3千万2億円         | stated | UNIT_ORDER
            99999999999999999999 | 千円 | TOO_LARGE
            9223372036854775807 | 千円  | TOO_LARGE
            """)
    void readsTheNotationsCitiesPublish(String text, String column, String expected) {
        var reader = column.equals("stated") ? AmountReader.statedUnit(null)
                : AmountReader.inColumn(AmountUnit.ofLabel(column));
        var reading = reader.read(text);
        assertThat(describe(reading)).isEqualTo(expected);
    }

    private static String describe(AmountReading reading) {
        if (reading.isRefused()) {
            return reading.refusal().name();
        }
        Yen yen = reading.yen();
        return switch (yen.kind()) {
            case VALUE -> yen.yen() + " " + yen.unit().label();
            case NONE -> "―";
            case UNDISCLOSED -> "非公開";
            case NOT_STATED -> "blank";
        };
    }

    @Test
    void aBareNumberInFreeTextTakesTheFallbackUnit() {
        assertThat(AmountReader.statedUnit(AmountUnit.THOUSAND_YEN).read("1,200").orElseThrow())
                .isEqualTo(Yen.of(1_200_000, AmountUnit.THOUSAND_YEN));
        assertThat(AmountReader.statedUnit(AmountUnit.THOUSAND_YEN).read("1,200円").orElseThrow())
                .isEqualTo(Yen.of(1_200, AmountUnit.YEN));
    }

    @Test
    void numericCellsAreInTheColumnsUnit() {
        var thousand = AmountReader.inColumn(AmountUnit.THOUSAND_YEN);
        assertThat(thousand.read(new BigDecimal("34114")).orElseThrow()).isEqualTo(Yen.of(34_114_000, AmountUnit.THOUSAND_YEN));
        assertThat(thousand.read(new BigDecimal("12.345")).orElseThrow()).isEqualTo(Yen.of(12_345, AmountUnit.THOUSAND_YEN));
        assertThat(thousand.read(new BigDecimal("-1200")).orElseThrow()).isEqualTo(Yen.of(-1_200_000, AmountUnit.THOUSAND_YEN));
        assertThat(thousand.read(new BigDecimal("0.0005")).refusal()).isEqualTo(AmountRefusal.FRACTION_OF_YEN);
        assertThat(AmountReader.statedUnit(null).read(BigDecimal.ONE).refusal()).isEqualTo(AmountRefusal.NO_UNIT);
    }

    @Test
    void refusalsAreWordedInJapaneseWithTheTextAndTheColumnsUnit() {
        var reading = AmountReader.inColumn(AmountUnit.THOUSAND_YEN).read("34,114円");
        assertThat(reading.message(Locale.JAPANESE))
                .isEqualTo("「34,114円」の単位がこの列の単位（千円）と違います。千円単位の数字で入力してください");
        assertThat(reading.message(Locale.ENGLISH))
                .isEqualTo("\"34,114円\" is written in another unit than the column's (千円): enter the number in 千円");
        assertThat(AmountReader.inColumn(AmountUnit.THOUSAND_YEN).read("約300").message(Locale.JAPANESE))
                .isEqualTo("「約300」は概数（約・程度・余・前後など）のため金額として読めません。正確な金額を入力してください");
        assertThatThrownBy(() -> AmountReader.inColumn(AmountUnit.YEN).read("300程度").orElseThrow())
                .isInstanceOf(AmountFormatException.class)
                .hasMessage("「300程度」は概数（約・程度・余・前後など）のため金額として読めません。正確な金額を入力してください");
    }

    @Test
    void findsAmountsWrittenInsideAText() {
        var found = AmountReader.findIn("中小企業融資制度事業　41160千円（その他特財 2,108,400 円）△1,200千円");
        assertThat(found).extracting(f -> f.reading().yen())
                .containsExactly(Yen.of(41_160_000, AmountUnit.THOUSAND_YEN), Yen.of(2_108_400, AmountUnit.YEN),
                        Yen.of(-1_200_000, AmountUnit.THOUSAND_YEN));
        assertThat(found.get(0).start()).isEqualTo(11);
        assertThat(found.get(0).end()).isEqualTo(18);
        assertThat(AmountReader.findIn("令和6年度 中小企業振興")).isEmpty();
        assertThat(AmountReader.findIn("総額４６億９，４５６万４千円")).extracting(f -> f.reading().yen())
                .containsExactly(Yen.of(4_694_564_000L, AmountUnit.THOUSAND_YEN));
    }

    @Test
    void theSamplesThousandYenAmountsConvertBothWaysExactly() {
        assertThat(Yen.of(Amount.ofThousandYen(34_114))).isEqualTo(Yen.of(34_114_000, AmountUnit.THOUSAND_YEN));
        assertThat(Yen.of(34_114_000, AmountUnit.THOUSAND_YEN).toThousandYen()).contains(Amount.ofThousandYen(34_114));
        assertThat(Yen.of(Amount.none())).isEqualTo(Yen.none());
        assertThat(Yen.of(Amount.undisclosed()).toThousandYen()).contains(Amount.undisclosed());
        assertThat(Yen.of(218_272_770, AmountUnit.YEN).toThousandYen()).isEmpty();
        assertThat(Yen.of(-1_000, AmountUnit.THOUSAND_YEN).toThousandYen()).isEmpty();
    }
}

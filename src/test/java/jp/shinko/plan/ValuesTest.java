package jp.shinko.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void amountsAreNonNegativeThousandYenAndAbsentIsNotZero() {
        assertThat(Amount.ofThousandYen(0).isPresent()).isTrue();
        assertThat(Amount.none().isPresent()).isFalse();
        assertThat(Amount.none()).isNotEqualTo(Amount.ofThousandYen(0));
        assertThat(Amount.undisclosed()).isNotEqualTo(Amount.none());
        assertThat(Amount.notStated()).isNotEqualTo(Amount.none());
        assertThatThrownBy(() -> Amount.ofThousandYen(-1)).hasMessage("金額は0以上の千円単位の整数です: -1");
        assertThatThrownBy(() -> new Amount(Amount.Kind.NONE, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Amount.ofThousandYen(3_169_345)).hasToString("3169345千円");
    }

    @Test
    void municipalityCodesCarryACheckDigit() {
        assertThat(new Municipality("462012", "鹿児島市").code()).isEqualTo("462012");
        assertThat(new Municipality("431001", "熊本市").name()).isEqualTo("熊本市");
        assertThat(new Municipality("131016", "千代田区").code()).isEqualTo("131016");
        assertThatThrownBy(() -> new Municipality("462013", "鹿児島市"))
                .hasMessage("地方公共団体コードの検査数字が正しくありません: 462013");
        assertThatThrownBy(() -> new Municipality("4620", "鹿児島市"))
                .hasMessage("地方公共団体コードは6桁の数字です: 4620");
    }

    @Test
    void nodePathsSortByPrintedNumberValue() {
        var paths = new java.util.ArrayList<>(List.of(NodePath.of("1", "⑩"), NodePath.of("1", "②"),
                NodePath.of("10"), NodePath.of("2"), NodePath.of("1")));
        java.util.Collections.sort(paths);
        assertThat(paths).extracting(NodePath::toString).containsExactly("1", "1/②", "1/⑩", "2", "10");
        assertThat(NodePath.parse("1/1/4/3").isWithin(NodePath.of("1", "1"))).isTrue();
        assertThat(NodePath.parse("1/1/4/3").isWithin(NodePath.of("1", "2"))).isFalse();
        assertThat(NodePath.parse("1/1/4/3").parent()).contains(NodePath.of("1", "1", "4"));
    }

    @Test
    void aRenamedProjectKeepsItsFormerName() {
        var project = new Project("p", "観光かごしまプロモーション事業", List.of(), List.of(), null, "", null,
                List.of(), List.of(), 0, List.of(), true);
        var renamed = project.renamedTo("メディア等活用宣伝事業");
        assertThat(renamed.name()).isEqualTo("メディア等活用宣伝事業");
        assertThat(renamed.formerNames()).containsExactly("観光かごしまプロモーション事業");
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new ProjectPeriod(FiscalYear.of(2020), FiscalYear.of(2019), "R2～R元"))
                .hasMessage("事業期間の終了年度が開始年度より前です: R2～R元");
        assertThat(FiscalYear.of(2019).next()).isEqualTo(FiscalYear.of(2020));
    }
}

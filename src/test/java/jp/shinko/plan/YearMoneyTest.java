package jp.shinko.plan;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

import static jp.shinko.plan.AmountUnit.THOUSAND_YEN;
import static jp.shinko.plan.AmountUnit.YEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A project-year's money as a 決算 book in 円 gives it: derived figures and the warnings. */
class YearMoneyTest {

    private static MoneyFigure yen(MoneyKind kind, long yen) {
        return MoneyFigure.of(kind, Yen.of(yen, YEN));
    }

    private static MoneyFigure supplementary(String label, long yen) {
        return new MoneyFigure(MoneyKind.SUPPLEMENTARY_BUDGET, label, Yen.of(yen, YEN), "");
    }

    @Test
    void derivesCurrentBudgetUnusedAndExecutionRateWhereNotPrinted() {
        var money = YearMoney.of(List.of(yen(MoneyKind.INITIAL_BUDGET, 220_000_000),
                supplementary("6月補正", 5_000_000), supplementary("12月補正", -1_200_000),
                yen(MoneyKind.CARRIED_FROM_PREVIOUS, 300_000), yen(MoneyKind.RESERVE_AND_TRANSFER, -27_230),
                yen(MoneyKind.EXPENDITURE, 218_272_770), yen(MoneyKind.CARRIED_TO_NEXT, 2_000_000)));

        assertThat(money.figure(MoneyKind.SUPPLEMENTARY_BUDGET)).isEqualTo(Yen.of(3_800_000, YEN));
        assertThat(money.figure(MoneyKind.CURRENT_BUDGET)).isEqualTo(Yen.of(224_072_770, YEN));
        assertThat(money.isDerived(MoneyKind.CURRENT_BUDGET)).isTrue();
        assertThat(money.figure(MoneyKind.UNUSED)).isEqualTo(Yen.of(3_800_000, YEN));
        assertThat(money.executionRate()).contains(new BigDecimal("0.9741"));
        assertThat(money.warnings()).isEmpty();
        assertThat(money.kinds()).containsExactly(MoneyKind.INITIAL_BUDGET, MoneyKind.SUPPLEMENTARY_BUDGET,
                MoneyKind.CARRIED_FROM_PREVIOUS, MoneyKind.RESERVE_AND_TRANSFER, MoneyKind.CURRENT_BUDGET,
                MoneyKind.EXPENDITURE, MoneyKind.CARRIED_TO_NEXT, MoneyKind.UNUSED);
    }

    @Test
    void aPrintedFigureIsKeptAndADisagreementIsAWarningNamingBoth() {
        var money = YearMoney.of(List.of(yen(MoneyKind.INITIAL_BUDGET, 140_359_000),
                yen(MoneyKind.CURRENT_BUDGET, 140_359_000), yen(MoneyKind.EXPENDITURE, 139_000_000),
                yen(MoneyKind.UNUSED, 1_395_000)));

        assertThat(money.figure(MoneyKind.UNUSED)).isEqualTo(Yen.of(1_395_000, YEN));
        assertThat(money.derived(MoneyKind.UNUSED)).contains(Yen.of(1_359_000, YEN));
        assertThat(money.warnings()).extracting(MoneyWarning::message).containsExactly(
                "不用額の記載額 1,395,000円が計算値 1,359,000円（予算現額 − 支出済額 − 翌年度繰越）と一致しません");
    }

    @Test
    void fundingThatDoesNotAddUpToTheSettledAmountIsAWarning() {
        var money = YearMoney.of(List.of(yen(MoneyKind.EXPENDITURE, 140_359_000),
                yen(MoneyKind.NATIONAL_FUNDS, 50_000_000), yen(MoneyKind.OTHER_SPECIFIC_FUNDS, 2_108_400),
                yen(MoneyKind.GENERAL_FUNDS, 88_250_000)));

        assertThat(money.funding()).extracting(MoneyFigure::kind).containsExactly(MoneyKind.NATIONAL_FUNDS,
                MoneyKind.OTHER_SPECIFIC_FUNDS, MoneyKind.GENERAL_FUNDS);
        assertThat(money.warnings()).extracting(MoneyWarning::message).containsExactly(
                "財源内訳の合計の記載額 140,358,400円が計算値 140,359,000円（支出済額との比較）と一致しません");
    }

    @Test
    void theSamplesBudgetAndSettledAmountAreInitialBudgetAndExpenditureInThousandYen() {
        var planned = YearMoney.of(List.of(), Amount.ofThousandYen(16_072), Amount.notStated());
        assertThat(planned.printed()).containsExactly(
                MoneyFigure.of(MoneyKind.INITIAL_BUDGET, Yen.of(16_072_000, THOUSAND_YEN)));
        assertThat(planned.kinds()).containsExactly(MoneyKind.INITIAL_BUDGET);
        assertThat(planned.executionRate()).isEmpty();

        var settled = YearMoney.of(List.of(), Amount.notStated(), Amount.none());
        assertThat(settled.figure(MoneyKind.EXPENDITURE)).isEqualTo(Yen.none());
        assertThat(settled.warnings()).isEmpty();
    }

    @Test
    void anUndisclosedPartLeavesTheSumUnknown() {
        var money = YearMoney.of(List.of(yen(MoneyKind.INITIAL_BUDGET, 1_000),
                new MoneyFigure(MoneyKind.SUPPLEMENTARY_BUDGET, "補正第1号", Yen.undisclosed(), ""),
                yen(MoneyKind.EXPENDITURE, 900)));
        assertThat(money.figure(MoneyKind.CURRENT_BUDGET)).isEqualTo(Yen.notStated());
        assertThat(money.figure(MoneyKind.SUPPLEMENTARY_BUDGET)).isEqualTo(Yen.undisclosed());
        assertThat(money.executionRate()).isEmpty();
    }

    @Test
    void totalCostIsProjectCostPlusPersonnelCost() {
        var money = YearMoney.of(List.of(yen(MoneyKind.PROJECT_COST, 12_000_000), yen(MoneyKind.PERSONNEL_COST, 8_100_000)));
        assertThat(money.figure(MoneyKind.TOTAL_COST)).isEqualTo(Yen.of(20_100_000, YEN));
    }

    @Test
    void refusesWhatNoDocumentMeans() {
        assertThatThrownBy(() -> yen(MoneyKind.EXPENDITURE, -1))
                .isInstanceOf(InvalidPlanException.class).hasMessage("支出済額 は負の金額にできません: -1円");
        assertThatThrownBy(() -> new MoneyFigure(MoneyKind.UNUSED, "6月", Yen.of(1, YEN), ""))
                .isInstanceOf(InvalidPlanException.class).hasMessage("不用額 には名称を付けられません: 6月");
        var twice = List.of(yen(MoneyKind.UNUSED, 1), yen(MoneyKind.UNUSED, 2));
        assertThatThrownBy(() -> new YearRecord("k", FiscalYear.of(2024), null, null, "", false, null, null, null,
                java.util.Set.of(), null, null, twice))
                .isInstanceOf(InvalidPlanException.class).hasMessage("事業 k の 2024年度に 不用額 が二つあります");
    }
}

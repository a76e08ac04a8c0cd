package jp.shinko.store;

import static jp.shinko.store.PlanFixtures.FY2024;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.shinko.plan.AmountUnit;
import jp.shinko.plan.MoneyFigure;
import jp.shinko.plan.MoneyKind;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Yen;
import org.junit.jupiter.api.Test;

/** 執行率 and 財源内訳 per top-level node and plan, from typed money figures on the Kumamoto sample. */
class MoneySummaryTest {

    private static MoneyFigure yen(MoneyKind kind, long yen) {
        return MoneyFigure.of(kind, Yen.of(yen, AmountUnit.YEN));
    }

    private static PlanContent withFigures(PlanContent content, Map<String, List<MoneyFigure>> figures) {
        var records = content.yearRecords().stream()
                .map(r -> figures.containsKey(r.projectKey()) ? r.withMoneyFigures(figures.get(r.projectKey())) : r)
                .toList();
        return new PlanContent(content.municipality(), content.plan(), content.source(), content.nodes(),
                content.organizations(), content.projects(), content.placements(), records);
    }

    @Test
    void theSamplesShowNoMoneyDetail() {
        var summaries = SummaryQueries.summaries(PlanFixtures.kumamoto().content(), FY2024, jp.shinko.plan.YearNames.current());
        assertThat(summaries.money().shown()).isFalse();
        assertThat(summaries.money().total().yen(MoneyKind.INITIAL_BUDGET)).isEqualTo(124_072_000L);
    }

    @Test
    void executionRateAndFundingPerNodeCountAReListedProjectOncePerNode() {
        // 成長産業創出支援事業: 当初 16,072千円 (the sample's 予算額), 補正 +928,000, spent 16,500,000 → 予算現額 17,000,000.
        // 中小企業金融対策事業: 当初 33,100千円, spent 30,000,000, 予算現額 printed 33,100,000.
        var content = withFigures(PlanFixtures.kumamoto().content(), Map.of(
                "成長産業創出支援事業", List.of(new MoneyFigure(MoneyKind.SUPPLEMENTARY_BUDGET, "6月補正",
                                Yen.of(928_000, AmountUnit.YEN), ""), yen(MoneyKind.EXPENDITURE, 16_500_000),
                        yen(MoneyKind.NATIONAL_FUNDS, 8_000_000), yen(MoneyKind.GENERAL_FUNDS, 8_500_000)),
                "中小企業金融対策事業", List.of(yen(MoneyKind.CURRENT_BUDGET, 33_100_000),
                        yen(MoneyKind.EXPENDITURE, 30_000_000), yen(MoneyKind.GENERAL_FUNDS, 30_000_000))));

        var money = SummaryQueries.summaries(content, FY2024, jp.shinko.plan.YearNames.current()).money();

        assertThat(money.shown()).isTrue();
        var total = money.total();
        assertThat(total.yen(MoneyKind.CURRENT_BUDGET)).isEqualTo(50_100_000L);
        assertThat(total.yen(MoneyKind.EXPENDITURE)).isEqualTo(46_500_000L);
        assertThat(total.executionRate()).contains(new BigDecimal("0.9281"));
        assertThat(total.fundingKinds()).containsExactly(MoneyKind.NATIONAL_FUNDS, MoneyKind.GENERAL_FUNDS);
        assertThat(total.yen(MoneyKind.GENERAL_FUNDS)).isEqualTo(38_500_000L);
        assertThat(total.yen(MoneyKind.UNUSED)).isEqualTo(3_600_000L);

        var byNode = money.nodes().stream().collect(java.util.stream.Collectors.toMap(
                n -> n.node().path().toString(), NodeMoneyView::of));
        assertThat(byNode).containsExactlyInAnyOrderEntriesOf(Map.of(
                "1", new NodeMoneyView(50_100_000L, 46_500_000L, "0.9281", 38_500_000L),
                "2", new NodeMoneyView(17_000_000L, 16_500_000L, "0.9706", 8_500_000L),
                "3", new NodeMoneyView(33_100_000L, 30_000_000L, "0.9063", 30_000_000L),
                "4", new NodeMoneyView(0L, 0L, "", 0L),
                "5", new NodeMoneyView(17_000_000L, 16_500_000L, "0.9706", 8_500_000L)));
    }

    record NodeMoneyView(long current, long spent, String rate, long general) {
        static NodeMoneyView of(SummaryQueries.NodeMoney node) {
            var t = node.totals();
            return new NodeMoneyView(t.yen(MoneyKind.CURRENT_BUDGET), t.yen(MoneyKind.EXPENDITURE),
                    t.executionRate().map(BigDecimal::toPlainString).orElse(""), t.yen(MoneyKind.GENERAL_FUNDS));
        }
    }
}

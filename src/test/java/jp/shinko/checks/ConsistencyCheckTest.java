package jp.shinko.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Organization;
import jp.shinko.plan.OrganizationKind;
import jp.shinko.plan.Placement;
import jp.shinko.plan.Plan;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Project;
import jp.shinko.plan.ProjectPeriod;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.Source;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;
import org.junit.jupiter.api.Test;

/** Each rule on a crafted two-year record pair: it fires on the case it is for, and only there. */
class ConsistencyCheckTest {

    private static final String SHA = "b".repeat(64);
    private static final FiscalYear FY2020 = FiscalYear.of(2020);
    private static final FiscalYear FY2021 = FiscalYear.of(2021);

    private static YearRecord record(FiscalYear year, Amount budget, Amount settled, String evaluation,
                                     String outlook, String content, YearFlag... flags) {
        return new YearRecord("1", year, budget, settled, content, false,
                evaluation == null ? null : Evaluation.of(evaluation), outlook, null,
                flags.length == 0 ? Set.of() : Set.of(flags), null, null);
    }

    private static List<Finding> findings(ProjectPeriod period, YearRecord... records) {
        var plan = new Plan("test-plan", "462012", "テスト計画", null, null, List.of("方向性"), null, List.of(), Map.of());
        var project = new Project("1", "創業支援事業", List.of(), List.of(), period, "", null,
                List.of("産業振興課"), List.of(), 0, List.of(), true);
        var content = new PlanContent(new Municipality("462012", "鹿児島市"), plan,
                new Source("t.txt", SHA, "test", "テスト", null, null, 10),
                List.of(new PolicyNode(NodePath.of("1"), "創業")),
                List.of(new Organization("産業振興課", OrganizationKind.CITY_DEPARTMENT, null)),
                List.of(project), List.of(new Placement("1", NodePath.of("1"), true, "1", 1, new Provenance(SHA, 1, 2))),
                List.of(records));
        return ConsistencyCheck.check(content, FY2021, CheckSettings.DEFAULT);
    }

    private static List<Finding> findings(YearRecord... records) {
        return findings(null, records);
    }

    private static List<String> texts(List<Finding> findings) {
        var texts = new ArrayList<String>();
        findings.forEach(f -> texts.add(f.rule() + " " + f.severity() + " " + f.text(Locale.JAPANESE)));
        return texts;
    }

    private static final YearRecord PLAIN_2020 = record(FY2020, Amount.ofThousandYen(1_000), Amount.ofThousandYen(900),
            "○", "継続予定", "相談 120 件");

    @Test
    void aConsistentRecordHasNoFinding() {
        assertThat(findings(PLAIN_2020, record(FY2021, Amount.ofThousandYen(1_100), Amount.ofThousandYen(1_050),
                "◎", "継続予定", "相談 140 件"))).isEmpty();
    }

    @Test
    void settlementAboveBudgetIsAnError() {
        assertThat(texts(findings(PLAIN_2020, record(FY2021, Amount.ofThousandYen(1_000), Amount.ofThousandYen(1_001),
                "○", "継続予定", "相談")))).containsExactly(
                "SETTLED_OVER_BUDGET ERROR 2021年度の決算額 1,001 千円が予算額 1,000 千円を上回っています。");
    }

    @Test
    void notRunWithASettlementIsAnError() {
        assertThat(texts(findings(PLAIN_2020, record(FY2021, Amount.ofThousandYen(1_000), Amount.ofThousandYen(37_448),
                "―", null, "相談")))).containsExactly(
                "SETTLED_OVER_BUDGET ERROR 2021年度の決算額 37,448 千円が予算額 1,000 千円を上回っています。",
                "NOT_RUN_WITH_SETTLEMENT ERROR 2021年度の評価は「―」（実施事業なし）ですが、決算額 37,448 千円があります。");
    }

    @Test
    void expandingAfterATriangleIsAWarning() {
        var last = record(FY2020, Amount.ofThousandYen(1_000), Amount.ofThousandYen(500), "△", null, "相談");
        assertThat(texts(findings(last, record(FY2021, Amount.ofThousandYen(1_000), Amount.notStated(), null,
                "拡充", "相談会を増やす")))).containsExactly(
                "LOW_MARK_THEN_EXPANDED WARNING 2020年度の評価が「△」なのに、今後の方向性が「拡充」です。拡充の理由を確認してください。");
    }

    @Test
    void expansionWithoutAWordOnItIsAWarning() {
        assertThat(texts(findings(PLAIN_2020, record(FY2021, Amount.none(), Amount.notStated(), null, null, "",
                YearFlag.EXPANDED)))).containsExactly(
                "EXPANSION_WITHOUT_NOTE WARNING 2021年度は拡充とされていますが、拡充要素も実施内容も書かれていません。");
    }

    @Test
    void aBudgetAfterLastYearsEndIsAnError() {
        var last = record(FY2020, Amount.ofThousandYen(1_000), Amount.ofThousandYen(900), "○", "事業終了", "相談");
        assertThat(texts(findings(last, record(FY2021, Amount.ofThousandYen(800), Amount.notStated(), null, null, "相談"))))
                .containsExactly("ENDED_WITH_BUDGET ERROR 2020年度に「事業終了」とされた事業に、2021年度の予算額 800 千円があります。");
    }

    @Test
    void aNewProjectThatSettledLastYearIsAnError() {
        assertThat(texts(findings(PLAIN_2020, record(FY2021, Amount.ofThousandYen(1_000), Amount.notStated(), null,
                null, "相談", YearFlag.NEW)))).containsExactly(
                "NEW_WITH_EARLIER_SETTLEMENT ERROR 2021年度に新規とされていますが、2020年度の決算額 900 千円があります。");
    }

    @Test
    void aBudgetTenTimesLastYearsIsAWarningAndNineTimesIsNot() {
        assertThat(texts(findings(PLAIN_2020, record(FY2021, Amount.ofThousandYen(10_000), Amount.notStated(), null,
                null, "相談")))).containsExactly(
                "BUDGET_JUMP WARNING 2020年度の 1,000 千円から 2021年度の予算額 10,000 千円へ、10倍以上（または10分の1以下）の変化です。");
        assertThat(findings(PLAIN_2020, record(FY2021, Amount.ofThousandYen(9_999), Amount.notStated(), null, null, "相談")))
                .isEmpty();
        assertThat(findings(PLAIN_2020, record(FY2021, Amount.ofThousandYen(100), Amount.notStated(), null, null, "相談")))
                .extracting(Finding::rule).containsExactly(Rule.BUDGET_JUMP);
    }

    @Test
    void moneyAfterThePeriodEndedIsAnErrorButAnEmptyRecordIsNot() {
        var period = new ProjectPeriod(FiscalYear.of(2017), FY2020, "H29～R2");
        assertThat(texts(findings(period, PLAIN_2020, record(FY2021, Amount.ofThousandYen(300), Amount.notStated(),
                null, null, "相談")))).containsExactly(
                "MONEY_AFTER_PERIOD_END ERROR 事業期間は 2020年度で終わっています（「H29～R2」）が、2021年度に 300 千円があります。");
        assertThat(findings(period, PLAIN_2020, record(FY2021, Amount.none(), Amount.notStated(), null, "事業終了", "")))
                .isEmpty();
    }

    @Test
    void moneyWithoutContentIsAWarning() {
        assertThat(texts(findings(PLAIN_2020, record(FY2021, Amount.ofThousandYen(1_000), Amount.notStated(), null,
                null, "")))).containsExactly(
                "MONEY_WITHOUT_CONTENT WARNING 2021年度に予算額または決算額がありますが、実施内容が書かれていません。");
    }

    @Test
    void aPlanCanSwitchARuleOffOrMakeItAnError() {
        var jump = record(FY2021, Amount.ofThousandYen(10_000), Amount.notStated(), null, null, "相談");
        var plan = new Plan("test-plan", "462012", "テスト計画", null, null, List.of("方向性"), null, List.of(), Map.of());
        assertThat(findings(PLAIN_2020, jump)).extracting(Finding::severity).containsExactly(Severity.WARNING);
        var content = new PlanContent(new Municipality("462012", "鹿児島市"), plan,
                new Source("t.txt", SHA, "test", "テスト", null, null, 10), List.of(new PolicyNode(NodePath.of("1"), "創業")),
                List.of(), List.of(new Project("1", "創業支援事業", List.of(), List.of(), null, "", null, List.of(), List.of(),
                        0, List.of(), true)),
                List.of(new Placement("1", NodePath.of("1"), true, "1", 1, new Provenance(SHA, 1, 2))), List.of(PLAIN_2020, jump));
        var asError = CheckSettings.of(List.of(new RuleSetting(Rule.BUDGET_JUMP, true, Severity.ERROR)));
        assertThat(ConsistencyCheck.check(content, FY2021, asError)).extracting(Finding::severity)
                .containsExactly(Severity.ERROR);
        var off = CheckSettings.of(List.of(new RuleSetting(Rule.BUDGET_JUMP, false, Severity.WARNING)));
        assertThat(ConsistencyCheck.check(content, FY2021, off)).isEmpty();
    }

    @Test
    void everyRuleIsWordedInBothLanguages() {
        for (var rule : Rule.values()) {
            assertThat(Finding.title(rule, Locale.JAPANESE)).isNotBlank().doesNotContainPattern("[A-Za-z]{3}");
            assertThat(Finding.title(rule, Locale.ENGLISH)).isNotBlank().doesNotContainPattern("[ぁ-んァ-ン一-龥]");
        }
    }
}

package jp.shinko.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanContentTest {

    private static final String SHA = "a".repeat(64);
    private static final FiscalYear FY2024 = FiscalYear.of(2024);
    private static final Municipality KUMAMOTO = new Municipality("431001", "熊本市");
    private static final Plan PLAN = new Plan("kumamoto-chusho", "431001", "熊本市中小企業・小規模企業振興基本計画",
            null, null, List.of("方向性", "取組"), null, List.of(), Map.of());
    private static final Source SOURCE = new Source("list.txt", SHA, "kumamoto-jigyo-ichiran", "事業一覧", null, null, 100);
    private static final List<PolicyNode> NODES = List.of(
            new PolicyNode(NodePath.of("1"), "創業・事業承継の促進"),
            new PolicyNode(NodePath.of("1", "①"), "創業支援"),
            new PolicyNode(NodePath.of("1", "②"), "事業承継支援"),
            new PolicyNode(NodePath.of("2"), "新たな事業活動の促進"),
            new PolicyNode(NodePath.of("2", "③"), "技術革新・生産性向上支援"));
    private static final List<Organization> ORGS = List.of(
            new Organization("起業・新産業支援課", OrganizationKind.CITY_DEPARTMENT, null),
            new Organization("商業金融課", OrganizationKind.CITY_DEPARTMENT, null));

    private static Project project(String key, String department) {
        return new Project(key, key, List.of(), List.of(), null, "", null, List.of(department), List.of(), 0, List.of(), true);
    }

    private static Placement placement(String key, NodePath node, boolean primary, int order) {
        return new Placement(key, node, primary, "(" + order + ")", order, new Provenance(SHA, order, order + 1));
    }

    private static YearRecord budget(String key, Amount amount) {
        return new YearRecord(key, FY2024, amount, null, null, false, null, null, null, Set.of(), null, null);
    }

    private static PlanContent content(List<Placement> placements, List<YearRecord> records) {
        return new PlanContent(KUMAMOTO, PLAN, SOURCE, NODES, ORGS,
                List.of(project("成長産業創出支援事業", "起業・新産業支援課"), project("利子補給金", "商業金融課")),
                placements, records);
    }

    private static final List<Placement> WITH_RELISTING = List.of(
            placement("成長産業創出支援事業", NodePath.of("1", "①"), true, 1),
            placement("利子補給金", NodePath.of("1", "②"), true, 2),
            placement("成長産業創出支援事業", NodePath.of("2", "③"), false, 3));

    @Test
    void reListedProjectIsCountedOnce() {
        var content = content(WITH_RELISTING, List.of(
                budget("成長産業創出支援事業", Amount.ofThousandYen(16_072)),
                budget("利子補給金", Amount.ofThousandYen(716))));

        var whole = BudgetSummary.of(content, null, FY2024);
        assertThat(whole.projects()).isEqualTo(2);
        assertThat(whole.budgetThousandYen()).isEqualTo(16_788);

        var direction1 = BudgetSummary.of(content, NodePath.of("1"), FY2024);
        assertThat(direction1.budgetThousandYen()).isEqualTo(16_788);
        var initiative3 = BudgetSummary.of(content, NodePath.of("2", "③"), FY2024);
        assertThat(initiative3.projects()).isEqualTo(1);
        assertThat(initiative3.budgetThousandYen()).isEqualTo(16_072);
    }

    @Test
    void absentAmountsAreNotSummedAsZeroButUndisclosedOnesAreCounted() {
        var content = content(WITH_RELISTING, List.of(
                budget("成長産業創出支援事業", Amount.none()),
                budget("利子補給金", Amount.undisclosed())));
        var whole = BudgetSummary.of(content, null, FY2024);
        assertThat(whole.budgetThousandYen()).isZero();
        assertThat(whole.budgetUndisclosed()).isEqualTo(1);
    }

    @Test
    void aProjectNeedsExactlyOnePrimaryPlacement() {
        var none = new ArrayList<>(WITH_RELISTING);
        none.set(1, placement("利子補給金", NodePath.of("1", "②"), false, 2));
        assertThatThrownBy(() -> content(none, List.of()))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessage("事業 利子補給金（利子補給金）の主たる掲載は1件でなければなりませんが 0 件です");

        var two = new ArrayList<>(WITH_RELISTING);
        two.set(2, placement("成長産業創出支援事業", NodePath.of("2", "③"), true, 3));
        assertThatThrownBy(() -> content(two, List.of()))
                .hasMessageContaining("主たる掲載は1件でなければなりませんが 2 件です");
    }

    @Test
    void placementsMustPointAtExistingNodes() {
        var placements = List.of(
                placement("成長産業創出支援事業", NodePath.of("1", "⑨"), true, 1),
                placement("利子補給金", NodePath.of("1", "②"), true, 2));
        assertThatThrownBy(() -> content(placements, List.of()))
                .hasMessage("事業 成長産業創出支援事業 の掲載先ノード 1/⑨ がありません");
    }

    @Test
    void evaluationsMustBelongToThePlansScale() {
        var record = new YearRecord("利子補給金", FY2024, null, null, null, false, Evaluation.of("☆"),
                null, null, Set.of(), null, null);
        assertThatThrownBy(() -> content(WITH_RELISTING, List.of(record)))
                .hasMessage("事業 利子補給金 の評価 ☆ は評価基準 [◎, ○, △, ―] にありません");
    }

    @Test
    void aYearHasOneRecordPerProject() {
        var records = List.of(budget("利子補給金", Amount.ofThousandYen(1)), budget("利子補給金", Amount.ofThousandYen(2)));
        assertThatThrownBy(() -> content(WITH_RELISTING, records))
                .hasMessage("事業 利子補給金 の FY2024 の記録が重複しています");
    }

    @Test
    void departmentsMustBeKnownOrganizations() {
        var projects = List.of(project("成長産業創出支援事業", "どこかの課"));
        assertThatThrownBy(() -> new PlanContent(KUMAMOTO, PLAN, SOURCE, NODES, ORGS, projects,
                List.of(placement("成長産業創出支援事業", NodePath.of("1", "①"), true, 1)), List.of()))
                .hasMessage("事業 成長産業創出支援事業 の担当課 どこかの課 が組織一覧にありません");
    }

    @Test
    void nodesNeedTheirParentsAndFitThePlansDepth() {
        var orphan = List.of(new PolicyNode(NodePath.of("3", "⑤"), null));
        assertThatThrownBy(() -> new PlanContent(KUMAMOTO, PLAN, SOURCE, orphan, ORGS, List.of(), List.of(), List.of()))
                .hasMessage("ノード 3/⑤ の親 3 がありません");
        var tooDeep = List.of(new PolicyNode(NodePath.of("1"), null), new PolicyNode(NodePath.of("1", "1"), null),
                new PolicyNode(NodePath.of("1", "1", "1"), null));
        assertThatThrownBy(() -> new PlanContent(KUMAMOTO, PLAN, SOURCE, tooDeep, ORGS, List.of(), List.of(), List.of()))
                .hasMessage("ノード 1/1/1 は計画の階層数 2 より深い位置にあります");
    }

    @Test
    void evaluationScaleTurnsAnAchievementRateIntoItsMark() {
        var scale = EvaluationScale.DEFAULT;
        assertThat(scale.markFor(new BigDecimal("100"))).isEqualTo(Evaluation.of("◎"));
        assertThat(scale.markFor(new BigDecimal("99.9"))).isEqualTo(Evaluation.of("○"));
        assertThat(scale.markFor(new BigDecimal("70"))).isEqualTo(Evaluation.of("○"));
        assertThat(scale.markFor(new BigDecimal("69.99"))).isEqualTo(Evaluation.of("△"));
        assertThat(scale.markFor(BigDecimal.ZERO)).isEqualTo(Evaluation.of("△"));
        assertThat(scale.marks()).containsExactly("◎", "○", "△", "―");
        assertThatThrownBy(() -> scale.markFor(new BigDecimal("-1"))).hasMessage("達成率は0以上です: -1");
    }

    @Test
    void aPlanMayConfigureItsOwnScale() {
        var abc = new EvaluationScale(List.of(
                new EvaluationScale.Grade("C", BigDecimal.ZERO, "未達"),
                new EvaluationScale.Grade("A", new BigDecimal("90"), "達成"),
                new EvaluationScale.Grade("B", new BigDecimal("60"), "概ね達成")),
                new EvaluationScale.Grade("-", null, "未実施"));
        assertThat(abc.marks()).containsExactly("A", "B", "C", "-");
        assertThat(abc.markFor(new BigDecimal("75"))).isEqualTo(Evaluation.of("B"));
        assertThat(abc.contains(Evaluation.of("◎"))).isFalse();
    }
}

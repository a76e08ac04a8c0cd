package jp.shinko.ingest.kumamoto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.ParsedDocument;
import jp.shinko.plan.Amount;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Organization;
import jp.shinko.plan.OrganizationKind;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real FY2024 list, read whole; expected values were counted from the text with grep/awk. */
class KumamotoListParserTest {

    private static final String SHA256 = "791644604f9a6331209d946c70a1b9bac94b6688aaa6a56098db2738c1128d88";
    private static final FiscalYear FY2024 = FiscalYear.of(2024);
    private static ParsedDocument parsed;
    private static PlanContent content;

    @BeforeAll
    static void readTheSample() throws Exception {
        var bytes = Files.readAllBytes(Path.of("samples/kumamoto-chusho-plan-r6.txt"));
        parsed = new KumamotoListParser().parse(DocumentText.fromUtf8("kumamoto-chusho-plan-r6.txt", bytes));
        content = parsed.content();
    }

    private static Placement placementAt(int line) {
        return content.placements().stream().filter(p -> p.provenance().firstLine() == line).findFirst().orElseThrow();
    }

    private static YearRecord record(String key) {
        return content.yearRecord(key, FY2024).orElseThrow();
    }

    @Test
    void theCoverGivesPlanYearMonthAndAsOfDate() {
        assertThat(content.municipality()).isEqualTo(new Municipality("431001", "熊本市"));
        assertThat(content.plan().key()).isEqualTo("kumamoto-chusho");
        assertThat(content.plan().title()).isEqualTo("熊本市中小企業・小規模企業振興基本計画");
        assertThat(content.plan().levelNames()).containsExactly("方向性", "取組");
        assertThat(content.plan().evaluationScale()).isEqualTo(jp.shinko.plan.EvaluationScale.DEFAULT);
        assertThat(content.years()).containsExactly(FY2024);
        var source = content.source();
        assertThat(source.fileName()).isEqualTo("kumamoto-chusho-plan-r6.txt");
        assertThat(source.sha256()).isEqualTo(SHA256);
        assertThat(source.layout()).isEqualTo("kumamoto-jigyo-ichiran");
        assertThat(source.title()).isEqualTo("熊本市中小企業・小規模企業振興基本計画 令和六年度（2024年度）事業一覧");
        assertThat(source.published()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(source.asOf()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(source.lineCount()).isEqualTo(192);
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void theYearsPrioritiesKeepTheirIntroduction() {
        assertThat(content.plan().priorityIntroductions()).containsOnlyKeys(FY2024);
        assertThat(content.plan().priorityIntroductions().get(FY2024)).isEqualTo(
                "半導体関連企業の集積やインバウンドの回復等の好機を生かし、地域経済の持続的な発展や中小企業が力強く活躍し続けるための取組を推進していく。");
        assertThat(content.plan().priorities().get(FY2024)).containsExactly(
                "半導体関連産業の集積を見据えた戦略的な企業誘致",
                "社会経済を支える労働力の確保",
                "成長段階に応じたスタートアップ等への支援",
                "事業承継の促進",
                "戦略的な観光誘客・MICE誘致と賑わいの創出");
    }

    @Test
    void fiveDirectionsAndTenInitiativesWithTheirTitles() {
        assertThat(content.nodes()).containsExactly(
                new PolicyNode(NodePath.of("1"), "創業・事業承継の促進"),
                new PolicyNode(NodePath.of("1", "①"), "創業支援"),
                new PolicyNode(NodePath.of("1", "②"), "事業承継支援"),
                new PolicyNode(NodePath.of("2"), "新たな事業活動の促進"),
                new PolicyNode(NodePath.of("2", "③"), "技術革新・生産性向上支援"),
                new PolicyNode(NodePath.of("2", "④"), "販路開拓・消費拡大支援"),
                new PolicyNode(NodePath.of("3"), "経営基盤の強化"),
                new PolicyNode(NodePath.of("3", "⑤"), "人材の育成及び確保"),
                new PolicyNode(NodePath.of("3", "⑥"), "経営向上・安定のための支援"),
                new PolicyNode(NodePath.of("3", "⑦"), "事業継続リスクへの対応"),
                new PolicyNode(NodePath.of("3", "⑧"), "商店街の振興"),
                new PolicyNode(NodePath.of("4"), "受注機会の増大"),
                new PolicyNode(NodePath.of("4", "⑨"), "受注機会の増大に向けた支援"),
                new PolicyNode(NodePath.of("5"), "小規模企業の振興"),
                new PolicyNode(NodePath.of("5", "⑩"), "小規模企業の持続的な発展に向けた支援"));
        assertThat(List.of("①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩").stream()
                .map(n -> content.placements().stream().filter(p -> p.node().number().equals(n)).count()))
                .containsExactly(5L, 3L, 6L, 15L, 15L, 6L, 1L, 3L, 7L, 2L);
    }

    @Test
    void countsOfEntriesProjectsReListingsAndFlags() {
        assertThat(content.placements()).hasSize(63);
        assertThat(content.projects()).hasSize(59);
        assertThat(content.placements()).filteredOn(Placement::reListed).hasSize(4);
        assertThat(content.yearRecords()).hasSize(59);
        assertThat(content.yearRecords()).filteredOn(r -> r.has(YearFlag.PRIORITY)).hasSize(15);
        assertThat(content.yearRecords()).filteredOn(r -> r.has(YearFlag.NEW)).hasSize(8);
        assertThat(content.yearRecords()).filteredOn(r -> r.budget().kind() == Amount.Kind.NONE).hasSize(8);
        assertThat(content.placements()).extracting(Placement::order)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 63).boxed().toList());
    }

    @Test
    void budgetsCountAReListedProjectOnce() {
        var whole = BudgetSummary.of(content, null, FY2024);
        assertThat(whole.projects()).isEqualTo(59);
        assertThat(whole.budgetThousandYen()).isEqualTo(2_516_552L);
        // Counting every printed row instead would add 16,072 twice, 33,100 and 716 once more.
        long everyRow = content.placements().stream()
                .mapToLong(p -> record(p.projectKey()).budget().thousandYen()).sum();
        assertThat(everyRow).isEqualTo(2_582_512L);
        assertThat(everyRow - whole.budgetThousandYen()).isEqualTo(2 * 16_072 + 33_100 + 716);
        // Under a direction a project re-listed there counts once too.
        assertThat(BudgetSummary.of(content, NodePath.of("1"), FY2024).budgetThousandYen()).isEqualTo(575_563L);
        assertThat(BudgetSummary.of(content, NodePath.of("2"), FY2024).budgetThousandYen()).isEqualTo(1_510_185L);
        assertThat(BudgetSummary.of(content, NodePath.of("3"), FY2024).budgetThousandYen()).isEqualTo(480_405L);
        assertThat(BudgetSummary.of(content, NodePath.of("4"), FY2024)).isEqualTo(new BudgetSummary(7, 0, 0, 0, 0, 0, 0));
        assertThat(BudgetSummary.of(content, NodePath.of("5"), FY2024).budgetThousandYen()).isEqualTo(16_359L);
    }

    @Test
    void theFirstEntry() {
        var placement = placementAt(28);
        assertThat(placement).isEqualTo(new Placement("成長産業創出支援事業", NodePath.of("1", "①"), true, "(1)", 1,
                new Provenance(SHA256, 28, 29)));
        var project = content.project("成長産業創出支援事業").orElseThrow();
        assertThat(project.name()).isEqualTo("成長産業創出支援事業");
        assertThat(project.departments()).containsExactly("起業・新産業支援課");
        assertThat(project.cityOwn()).isTrue();
        assertThat(project.implementer()).isNull();
        assertThat(project.summary()).isEqualTo("中小企業者等が実施する新製品・新技術の研究開発に必要な経費の一部を助成するほか、"
                + "産学連携コーディネーターを配置し、大学等研究機関の研究シーズと地場企業の事業化ニーズのマッチングを実施する。");
        var record = record("成長産業創出支援事業");
        assertThat(record.budget()).isEqualTo(Amount.ofThousandYen(16_072));
        assertThat(record.flags()).isEmpty();
        assertThat(record.provenance()).isEqualTo(new Provenance(SHA256, 28, 29));
    }

    @Test
    void theLastEntryIsTheSecondReListingOfTheFirstProject() {
        assertThat(placementAt(189)).isEqualTo(new Placement("成長産業創出支援事業", NodePath.of("5", "⑩"), false,
                "(2)", 63, new Provenance(SHA256, 189, 190)));
        assertThat(content.placements()).filteredOn(p -> p.projectKey().equals("成長産業創出支援事業"))
                .extracting(Placement::node, Placement::primary).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NodePath.of("1", "①"), true),
                        org.assertj.core.groups.Tuple.tuple(NodePath.of("2", "③"), false),
                        org.assertj.core.groups.Tuple.tuple(NodePath.of("5", "⑩"), false));
    }

    @Test
    void starFifteenWithoutBracketsIsEntryFifteenWithAStar() {
        var key = "ECサイトにおける生産者の個別支援事業";
        assertThat(placementAt(97)).isEqualTo(new Placement(key, NodePath.of("2", "④"), true, "★15", 29,
                new Provenance(SHA256, 97, 98)));
        var project = content.project(key).orElseThrow();
        assertThat(project.name()).isEqualTo("ECサイトにおける生産者の個別支援事業");
        assertThat(project.departments()).containsExactly("農水ブランド戦略室");
        assertThat(project.summary()).isEqualTo("ECサイトにおける農水産物の販売において、更なる収益拡大を図るため専門家による個別サポートを行う。");
        assertThat(record(key).budget()).isEqualTo(Amount.ofThousandYen(3_950));
        assertThat(record(key).flags()).isEqualTo(Set.of(YearFlag.PRIORITY, YearFlag.NEW));
        assertThat(content.organizations()).contains(
                new Organization("農水ブランド戦略室", OrganizationKind.CITY_DEPARTMENT, "農業政策課"));
    }

    @Test
    void aReListingUnderAnotherInitiativeIsAPlacementOfTheSameProject() {
        assertThat(placementAt(145)).isEqualTo(new Placement("中小企業金融対策事業", NodePath.of("3", "⑥"), false,
                "(3)", 47, new Provenance(SHA256, 145, 146)));
        assertThat(placementAt(39).projectKey()).isEqualTo("中小企業金融対策事業");
        assertThat(placementAt(39).primary()).isTrue();
        assertThat(record("中小企業金融対策事業").budget()).isEqualTo(Amount.ofThousandYen(33_100));
        assertThat(record("中小企業金融対策事業").provenance()).isEqualTo(new Provenance(SHA256, 39, 40));
        assertThat(content.project("中小企業金融対策事業").orElseThrow().departments()).containsExactly("商業金融課");
        assertThat(placementAt(147).projectKey()).isEqualTo("利子補給金");
        assertThat(placementAt(147).reListed()).isTrue();
    }

    @Test
    void aDashBudgetIsNoAmountNotZero() {
        var key = "県と連携したBCP策定支援";
        assertThat(placementAt(154)).isEqualTo(new Placement(key, NodePath.of("3", "⑦"), true, "(1)", 51,
                new Provenance(SHA256, 154, 155)));
        assertThat(record(key).budget()).isEqualTo(Amount.none());
        assertThat(content.project(key).orElseThrow().departments()).containsExactly("経済政策課");
        assertThat(content.project(key).orElseThrow().summary())
                .isEqualTo("熊本県が行っているBCP策定支援と連携し、熊本市内の中小企業に対して認知度の向上・普及啓発を図る。");
    }

    @Test
    void anHtmlSummaryBecomesParagraphsOfPlainText() {
        var project = content.project("計画的な発注").orElseThrow();
        assertThat(placementAt(168)).isEqualTo(new Placement("計画的な発注", NodePath.of("4", "⑨"), true, "(1)", 55,
                new Provenance(SHA256, 168, 169)));
        assertThat(project.summary()).isEqualTo(
                "【物品購入】四半期毎に160万円（修理においては100万円）を超える物品購入（修理）の予定について、"
                        + "市役所内各課へ照会を行い計画的な発注に努めるとともに、年度末に行う翌年度分の照会結果については、"
                        + "1,000万円以上の案件を熊本市電子入札システムホームページにて公表することで受注機会の増大を図る。\n"
                        + "【公共工事】予定価格が250万円を超える公共工事については、毎月発注見通しを熊本市電子入札システム"
                        + "ホームページで公表し、業者の受注機会の拡大及び計画的な受注に努める。");
        assertThat(project.departments()).containsExactly("契約政策課", "工事契約課");
        assertThat(content.projects()).allMatch(p -> !p.summary().contains("<") && !p.summary().contains(">"));
    }

    @Test
    void aDepartmentCellWithADotListNamesEveryDepartment() {
        var project = content.project("適正な予定価格等の設定").orElseThrow();
        assertThat(project.departments()).containsExactly("契約政策課", "工事契約課", "技術管理課");
        assertThat(record("適正な予定価格等の設定").budget()).isEqualTo(Amount.none());
        assertThat(content.project("起業・新産業支援課")).isEmpty();
        assertThat(content.organizations()).extracting(Organization::name).containsExactly(
                "起業・新産業支援課", "商業金融課", "経済政策課", "企業立地推進課", "観光政策課", "誘致戦略課",
                "農水ブランド戦略室", "雇用対策課", "契約政策課", "工事契約課", "技術管理課");
    }

    @Test
    void letterSpacedWordsAreKeptAsPrinted() {
        assertThat(content.project("くまもと森都心プラザ管理運営経費").orElseThrow().summary())
                .startsWith("ビジネス支援施設「X O S S P O I N T . 」(クロスポイント)において、");
        assertThat(content.project("MICE誘致戦略事業").orElseThrow().summary())
                .isEqualTo("M I C E 誘致活動、コンベンション主催者への助成等を行う。");
    }

    @Test
    void namesDifferingByASuffixAreDifferentProjects() {
        var plain = content.project("商店街魅力向上総合事業").orElseThrow();
        // Keys are the names in NFKC: the full-width brackets become ASCII ones.
        var policy = content.project("商店街魅力向上総合事業(政策)").orElseThrow();
        assertThat(plain.name()).isEqualTo("商店街魅力向上総合事業");
        assertThat(policy.name()).isEqualTo("商店街魅力向上総合事業（政策）");
        assertThat(record(plain.key()).budget()).isEqualTo(Amount.ofThousandYen(15_900));
        assertThat(record(policy.key()).budget()).isEqualTo(Amount.ofThousandYen(25_800));
    }

    @Test
    void markersAreNotPartOfStoredNames() {
        assertThat(content.projects()).noneMatch(p -> p.name().contains("【新】") || p.name().contains("【再掲】"));
        assertThat(content.project("事業承継・引継ぎ支援事業").orElseThrow().name()).isEqualTo("事業承継・引継ぎ支援事業");
        assertThat(record("事業承継・引継ぎ支援事業").flags()).isEqualTo(Set.of(YearFlag.PRIORITY, YearFlag.NEW));
    }
}

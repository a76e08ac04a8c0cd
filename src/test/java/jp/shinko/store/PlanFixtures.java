package jp.shinko.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shinko.ingest.DocumentText;
import jp.shinko.plan.Amount;
import jp.shinko.plan.EvaluationScale;
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
import jp.shinko.plan.RecordStatus;
import jp.shinko.plan.Source;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;

/**
 * Plan content written by hand from parts of the two sample documents, with provenance pointing
 * at their real lines: what a parser would produce, without depending on one.
 */
final class PlanFixtures {

    /** A sample document and the content taken from it. */
    record Fixture(DocumentText text, PlanContent content) {
    }

    static final FiscalYear FY2019 = FiscalYear.of(2019);
    static final FiscalYear FY2020 = FiscalYear.of(2020);
    static final FiscalYear FY2024 = FiscalYear.of(2024);

    private PlanFixtures() {
    }

    static DocumentText sample(String fileName) {
        try {
            return DocumentText.fromUtf8(fileName, Files.readAllBytes(Path.of("samples", fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kumamoto 事業一覧 FY2024, two levels (方向性 > 取組): eight entries, 成長産業創出支援事業
     * re-listed twice (【再掲】) and 中小企業金融対策事業 once, ★ and 【新】 flags, '-' budgets,
     * a two-department entry with no implementer.
     */
    static Fixture kumamoto() {
        var text = sample("kumamoto-chusho-plan-r6.txt");
        var sha = text.sha256();
        var source = new Source(text.fileName(), sha, "kumamoto-jigyo-ichiran",
                "熊本市中小企業・小規模企業振興基本計画 令和六年度（2024年度）事業一覧",
                YearMonth.of(2024, 3), LocalDate.of(2024, 3, 31), text.lineCount());
        var plan = new Plan("kumamoto-chusho", "431001", "熊本市中小企業・小規模企業振興基本計画",
                null, null, List.of("方向性", "取組"), EvaluationScale.DEFAULT, List.of(),
                Map.of(FY2024, List.of("(1) 半導体関連産業の集積を見据えた戦略的な企業誘致",
                        "(2) 社会経済を支える労働力の確保", "(3) 成長段階に応じたスタートアップ等への支援",
                        "(4) 事業承継の促進", "(5) 戦略的な観光誘客・MICE誘致と賑わいの創出")),
                Map.of(FY2024, "半導体関連企業の集積やインバウンドの回復等の好機を生かし…"));
        var nodes = List.of(
                node("1", "創業・事業承継の促進"), node("1/①", "創業支援"), node("1/②", "事業承継支援"),
                node("2", "新たな事業活動の促進"), node("2/③", "技術革新・生産性向上支援"),
                node("3", "経営基盤の強化"), node("3/⑥", "経営向上・安定のための支援"),
                node("3/⑦", "事業継続リスクへの対応"),
                node("4", "受注機会の増大"), node("4/⑨", "受注機会の増大に向けた支援"),
                node("5", "小規模企業の振興"), node("5/⑩", "小規模企業の持続的な発展に向けた支援"));
        var organizations = List.of("起業・新産業支援課", "商業金融課", "経済政策課", "企業立地推進課",
                        "契約政策課", "工事契約課").stream()
                .map(name -> new Organization(name, OrganizationKind.CITY_DEPARTMENT, null)).toList();

        var projects = new ArrayList<Project>();
        var placements = new ArrayList<Placement>();
        var records = new ArrayList<YearRecord>();
        // {name, department, node, printed number, line, budget (null = '-'), flags}
        Object[][] entries = {
                {"成長産業創出支援事業", "起業・新産業支援課", "1/①", "(1)", 28, 16_072L, Set.of()},
                {"創業者チャレンジ支援・育成事業", "起業・新産業支援課", "1/①", "(2)", 30, 15_400L, Set.of()},
                {"地域スタートアップ等支援事業", "起業・新産業支援課", "1/①", "★(4)", 34, 43_000L,
                        Set.of(YearFlag.PRIORITY)},
                {"中小企業金融対策事業", "商業金融課", "1/②", "(1)", 39, 33_100L, Set.of()},
                {"事業承継・引継ぎ支援事業", "経済政策課", "1/②", "★(3)", 46, 2_000L,
                        Set.of(YearFlag.NEW, YearFlag.PRIORITY)},
                {"半導体関連企業誘致強化事業", "企業立地推進課", "2/③", "★(4)", 56, 14_500L,
                        Set.of(YearFlag.PRIORITY)},
                {"県と連携したBCP策定支援", "経済政策課", "3/⑦", "(1)", 154, null, Set.of()},
        };
        for (var entry : entries) {
            var name = (String) entry[0];
            int line = (Integer) entry[4];
            projects.add(new Project(name, name, List.of(), List.of(), null, text.line(line + 1).strip(),
                    (String) entry[1], List.of((String) entry[1]), List.of(), 0, List.of(), true));
            placements.add(new Placement(name, NodePath.parse((String) entry[2]), true, (String) entry[3],
                    line, new Provenance(sha, line, line + 1)));
            @SuppressWarnings("unchecked")
            var flags = (Set<YearFlag>) entry[6];
            records.add(kumamotoRecord(name, entry[5] == null ? Amount.none() : Amount.ofThousandYen((Long) entry[5]),
                    flags, new Provenance(sha, line, line + 1)));
        }
        // Two departments and no implementer printed; the summary keeps its HTML.
        projects.add(new Project("計画的な発注", "計画的な発注", List.of(), List.of(), null, text.line(169).strip(),
                null, List.of("契約政策課", "工事契約課"), List.of(), 0, List.of(), true));
        placements.add(new Placement("計画的な発注", NodePath.parse("4/⑨"), true, "(1)", 168,
                new Provenance(sha, 168, 169)));
        records.add(kumamotoRecord("計画的な発注", Amount.none(), Set.of(), new Provenance(sha, 168, 169)));
        // 【再掲】 entries: the same projects again under other 取組, in document order.
        placements.add(new Placement("成長産業創出支援事業", NodePath.parse("2/③"), false, "(5)", 58,
                new Provenance(sha, 58, 59)));
        placements.add(new Placement("中小企業金融対策事業", NodePath.parse("3/⑥"), false, "(3)", 145,
                new Provenance(sha, 145, 146)));
        placements.add(new Placement("成長産業創出支援事業", NodePath.parse("5/⑩"), false, "(2)", 189,
                new Provenance(sha, 189, 190)));

        var content = new PlanContent(new Municipality("431001", "熊本市"), plan, source, nodes, organizations,
                projects, placements, records);
        return new Fixture(text, content);
    }

    private static YearRecord kumamotoRecord(String key, Amount budget, Set<YearFlag> flags, Provenance provenance) {
        return new YearRecord(key, FY2024, budget, Amount.notStated(), "", false, null, null, null, flags,
                RecordStatus.APPROVED, provenance);
    }

    /**
     * Kagoshima 資料３, four numeric levels, FY2019 results and FY2020 plans of ten records: city
     * departments and outside bodies, ◎○△― evaluations, 非公開 and unstated amounts, 同左
     * content, former names and notes, a 新規 project and one that ends.
     */
    static Fixture kagoshima() {
        var text = sample("kagoshima-shokogyo-plan-r1-r2.txt");
        var sha = text.sha256();
        var source = new Source(text.fileName(), sha, "kagoshima-shiryo3",
                "【資料３】商工業振興プランに係る事業概要等一覧（31(R元)・2年度）", null, null, text.lineCount());
        // The list prints no plan period; 2012-2021 stands in for it here.
        var plan = new Plan("kagoshima-shokogyo", "462012", "鹿児島市商工業振興プラン",
                FiscalYear.of(2012), FiscalYear.of(2021), List.of("振興の方向性", "基本方針", "推進施策", "主な取組み"),
                EvaluationScale.DEFAULT, List.of("食の都", "外貨獲得", "新産業創出"), Map.of());
        var nodes = List.of("1", "1/1", "1/1/1", "1/1/1/2", "1/1/4", "1/1/4/3", "1/2", "1/2/2", "1/2/2/2",
                        "1/3", "1/3/1", "1/3/1/2", "3", "3/2", "3/2/4", "3/2/4/1", "3/2/4/2").stream()
                .map(path -> node(path, null)).toList();
        var organizations = List.of(
                new Organization("かごしまの新特産品コンクール実行委員会", OrganizationKind.ASSOCIATION, null),
                new Organization("産業支援課", OrganizationKind.CITY_DEPARTMENT, null),
                new Organization("観光プロモーション課", OrganizationKind.CITY_DEPARTMENT, null),
                new Organization("東京事務所", OrganizationKind.CITY_DEPARTMENT, null),
                new Organization("公益社団法人鹿児島県特産品協会", OrganizationKind.ASSOCIATION, null),
                new Organization("ジェトロ", OrganizationKind.NATIONAL_AGENCY, null),
                new Organization("中小企業基盤整備機構", OrganizationKind.NATIONAL_AGENCY, null),
                new Organization("南日本銀行", OrganizationKind.FINANCIAL_INSTITUTION, null),
                new Organization("産学官連携課", OrganizationKind.ASSOCIATION, "(公財)かごしま産業支援センター"));

        var ceoSummary = "日本企業との連携を希望する海外企業経営者等を招聘し、海外展開を目指す中小企業者との商談会を行う。";
        var projects = List.of(
                new Project("no-005", "特産品コンクール開催事業", List.of(), List.of(),
                        new ProjectPeriod(FiscalYear.of(1990), null, "H2年度～"),
                        "県内で新たに開発・製造・改良された商品のコンクールを開催し、生産者の技術向上と商製品開発意欲の"
                                + "高揚を図るとともに、入賞商品を広くPRすることにより、販路の開拓を図る。",
                        "かごしまの新特産品コンクール実行委員会", List.of(),
                        List.of("鹿児島市", "鹿児島県", "(公社)鹿児島県特産品協会"), 1, List.of("食の都"), false),
                cityProject("no-006", "よかもん自慢支援事業", 2013, "25年度～",
                        "「かごしまの新特産品コンクール」において、市長賞等を受賞した商品を対象に、受賞者が受賞商品の"
                                + "販路拡大を図る際の経費を助成する。", "産業支援課"),
                new Project("no-007", "メディア等活用宣伝事業", List.of("観光かごしまプロモーション事業"),
                        List.of("※H25までは「観光かごしまプロモーション事業」"),
                        new ProjectPeriod(FiscalYear.of(1980), null, "S55年度～"),
                        "本市観光の魅力について、テレビCMや番組、雑誌、ウェブ等を活用したメディアミックスによるPRのほか、"
                                + "新聞等への広告掲載等により、本市への誘客を図る。",
                        "観光プロモーション課", List.of("観光プロモーション課"), List.of(), 1, List.of(), true),
                cityProject("no-008", "首都圏における“食の都かごしま”プロモーション事業", 2016, "28年度～",
                        "首都圏で“食の都かごしま”の魅力を発信し本市のシティセールスを行うため、鹿児島の食材を使った"
                                + "フェアや試食会等を実施する。", "東京事務所"),
                outsideProject("no-032", "物産観光展開催事業", 2019, "31(R元)年度～",
                        "本県特産品や観光、文化、地域情報等を総合的に紹介し、本県のイメージアップ並びに特産品の振興を図る。",
                        "公益社団法人鹿児島県特産品協会", List.of("鹿児島県", "鹿児島市"), 1),
                outsideProject("no-060", "ＷＥＢ産業観光発信", 2014, "26年度～",
                        "海外からの観光客を積極的に受け入れる日本の企業や工場等の施設情報を収集し、ジェトロウェブサイト"
                                + "（http://www.jetro.go.jp/en/ind_tourism/）に掲載し、全世界へ向け発信する。",
                        "ジェトロ", List.of(), 1),
                outsideProject("no-093", "中小企業ＣＥＯ商談会", 2012, "24年度～", ceoSummary,
                        "中小企業基盤整備機構", List.of(), 1),
                outsideProject("no-162", "技術相談会", 2007, "19年度～",
                        "中小企業・個人事業主の経営基盤強化の一助として、㈱鹿児島ＴＬＯと連携して技術相談・技術提携などの"
                                + "相談会を実施する。", "南日本銀行", List.of("㈱鹿児島ＴＬＯ"), 1),
                outsideProject("no-163", "先端技術研究開発支援事業", 2020, "Ｒ2年度～",
                        "自社のアイデアや技術を活用し、①オンリーワンといえる革新的な新技術・新製品の研究開発、"
                                + "②AI･IoTやロボット等先端的な技術を活用したシステム開発等を支援する。",
                        "産学官連携課", List.of(), 0),
                new Project("no-164", "新事業研究開発助成事業", List.of("研究開発助成事業"),
                        List.of("（H24までは研究開発助成事業）"),
                        new ProjectPeriod(FiscalYear.of(1983), FiscalYear.of(2019), "S58年度～\nＲ元年度"),
                        "本県の地域資源である良質で豊富な農林水産物を活用し，機能性表示食品やハラル認証食品等に向けた"
                                + "付加価値の高い食品の研究開発や商品開発を支援する。",
                        "産学官連携課", List.of(), List.of(), 1, List.of(), false));

        // {key, node, first line, last line}
        Object[][] rows = {
                {"no-005", "1/1/1/2", 77, 112}, {"no-006", "1/1/1/2", 114, 142}, {"no-007", "1/1/1/2", 144, 178},
                {"no-008", "1/1/1/2", 180, 212}, {"no-032", "1/1/4/3", 817, 846}, {"no-060", "1/2/2/2", 1733, 1747},
                {"no-093", "1/3/1/2", 2602, 2609}, {"no-162", "3/2/4/1", 4686, 4709},
                {"no-163", "3/2/4/1", 4711, 4727}, {"no-164", "3/2/4/2", 4729, 4746}};
        var placements = new ArrayList<Placement>();
        for (var row : rows) {
            var key = (String) row[0];
            placements.add(new Placement(key, NodePath.parse((String) row[1]), true,
                    String.valueOf(Integer.parseInt(key.substring(3))), Integer.parseInt(key.substring(3)),
                    new Provenance(sha, (Integer) row[2], (Integer) row[2])));
        }
        var span = new java.util.HashMap<String, Provenance>();
        for (var row : rows) {
            span.put((String) row[0], new Provenance(sha, (Integer) row[2], (Integer) row[3]));
        }
        var contest = "１　実施方針\n　　コンクールの開催と県内外における入賞商品PR\n\n２　スケジュール\n"
                + "　(1) 出品商品募集（6月～8月）\n　(2) コンクール開催(10月8日）\n　(3) 入賞商品展示・販売会（10月～3月）";
        var records = List.of(
                settled("no-005", Amount.ofThousandYen(1_100), contest, "○", span),
                planned("no-005", Amount.ofThousandYen(1_100), contest, "継続予定", null, Set.of(), span),
                settled("no-006", Amount.ofThousandYen(0), "補助実績：0件", "△", span),
                planned("no-006", Amount.ofThousandYen(600), "コンクール開催後、市長賞及び県知事賞等の受賞者に対し助成",
                        "継続予定", null, Set.of(), span),
                settled("no-007", Amount.ofThousandYen(30_281), "○メディアミックス\n○旅行雑誌等への広告", "○", span),
                planned("no-007", Amount.ofThousandYen(34_114), "○メディアミックス\n○随時広告", "継続予定", null,
                        Set.of(), span),
                settled("no-008", Amount.ofThousandYen(5_721), "・“食の都かごしま”フェアの開催（1/11～2/8）", "◎", span),
                planned("no-008", Amount.ofThousandYen(6_844), "・“食の都かごしま”フェアの開催（時期未定）", "拡充",
                        "フェア開催方法の変更", Set.of(), span),
                settled("no-032", Amount.none(), "１　協会主催物産観光展", "○", span),
                planned("no-032", Amount.notStated(), "１　協会主催物産観光展", "継続予定", null, Set.of(), span),
                settled("no-060", Amount.undisclosed(), "9件の県内施設が登録", "○", span),
                planned("no-060", Amount.undisclosed(), "9件の県内施設を含む日本全国の産業観光の取り組みを英文にて情報発信",
                        "継続予定", null, Set.of(), span),
                new YearRecord("no-093", FY2019, Amount.notStated(), Amount.none(), ceoSummary, true,
                        Evaluation.of("○"), null, null, Set.of(), RecordStatus.APPROVED, span.get("no-093")),
                new YearRecord("no-093", FY2020, Amount.notStated(), Amount.notStated(), ceoSummary, true,
                        null, "継続予定", null, Set.of(), RecordStatus.APPROVED, span.get("no-093")),
                settled("no-162", Amount.notStated(), "「第14回技術相談会」（4社参加）", "○", span),
                planned("no-162", Amount.notStated(), "「第16回技術相談会」", "継続予定", null, Set.of(), span),
                settled("no-163", Amount.none(), "", "―", span),
                planned("no-163", Amount.ofThousandYen(5_792), "助成計画件数　　　　２件", "継続予定", null,
                        Set.of(YearFlag.NEW), span),
                settled("no-164", Amount.ofThousandYen(2_390), "助成件数　　　　１件", "○", span),
                planned("no-164", Amount.none(), "", "事業終了", null, Set.of(), span));

        var content = new PlanContent(new Municipality("462012", "鹿児島市"), plan, source, nodes, organizations,
                projects, placements, records);
        return new Fixture(text, content);
    }

    private static Project cityProject(String key, String name, int start, String printed, String summary,
                                       String department) {
        return new Project(key, name, List.of(), List.of(), new ProjectPeriod(FiscalYear.of(start), null, printed),
                summary, department, List.of(department), List.of(), 1, List.of(), true);
    }

    private static Project outsideProject(String key, String name, int start, String printed, String summary,
                                          String implementer, List<String> related, int strategicMarks) {
        return new Project(key, name, List.of(), List.of(), new ProjectPeriod(FiscalYear.of(start), null, printed),
                summary, implementer, List.of(), related, strategicMarks, List.of(), false);
    }

    /** FY2019: the settled amount, what was done and its evaluation; no budget column for that year. */
    private static YearRecord settled(String key, Amount settled, String content, String mark,
                                      Map<String, Provenance> span) {
        return new YearRecord(key, FY2019, Amount.notStated(), settled, content, false, Evaluation.of(mark),
                null, null, Set.of(), RecordStatus.APPROVED, span.get(key));
    }

    /** FY2020: the budget, planned content, outlook for FY2021 on and the expansion note. */
    private static YearRecord planned(String key, Amount budget, String content, String outlook,
                                      String expansionNote, Set<YearFlag> flags, Map<String, Provenance> span) {
        return new YearRecord(key, FY2020, budget, Amount.notStated(), content, false, null, outlook,
                expansionNote, flags, RecordStatus.APPROVED, span.get(key));
    }

    private static PolicyNode node(String path, String title) {
        return new PolicyNode(NodePath.parse(path), title);
    }
}

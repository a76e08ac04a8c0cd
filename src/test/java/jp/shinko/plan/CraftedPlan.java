package jp.shinko.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small plan written for year-over-year tests, FY2023 and FY2024, with one of every change:
 * a renamed project (a: 旧商店街支援事業 → 商店街にぎわい支援事業, budget 1,000 → 1,200, ○ → ◎),
 * a budget cut with new content (b: 500 → 400), a new project (c), an ended one (d), one merged
 * into a (e), and one unchanged and listed twice (f, 再掲).
 */
public final class CraftedPlan {

    public static final String KEY = "miyazaki-crafted";
    public static final String OLD_NAME = "旧商店街支援事業";
    public static final String NEW_NAME = "商店街にぎわい支援事業";
    public static final FiscalYear FY2023 = FiscalYear.of(2023);
    public static final FiscalYear FY2024 = FiscalYear.of(2024);
    private static final String SHA = "c".repeat(64);

    private CraftedPlan() {
    }

    /** The content as imported before the rename: project a still carries its old name. */
    public static PlanContent content() {
        var municipality = new Municipality("452017", "宮崎市");
        var plan = new Plan(KEY, "452017", "宮崎市商工業振興計画（試作）", FY2023, FY2024, List.of("方向性", "取組"),
                null, List.of(), Map.of());
        var source = new Source("crafted.txt", SHA, "template", "試作の一覧", null, null, 40);
        var nodes = List.of(new PolicyNode(NodePath.of("1"), "商業の振興"),
                new PolicyNode(NodePath.of("1", "①"), "商店街の活性化"),
                new PolicyNode(NodePath.of("1", "②"), "創業と承継"));
        var organizations = List.of(new Organization("商業政策課", OrganizationKind.CITY_DEPARTMENT, null));
        var projects = List.of(
                project("a", OLD_NAME, null, null),
                project("b", "創業セミナー事業", null, null),
                project("c", "事業承継マッチング事業", FY2024, null),
                project("d", "販路開拓展示会出展補助", null, FY2023),
                project("e", "空き店舗対策事業", null, FY2023),
                project("f", "金融支援利子補給", null, null));
        var placements = List.of(
                placement("a", NodePath.of("1", "①"), true, 1),
                placement("b", NodePath.of("1", "②"), true, 2),
                placement("c", NodePath.of("1", "②"), true, 3),
                placement("d", NodePath.of("1", "①"), true, 4),
                placement("e", NodePath.of("1", "①"), true, 5),
                placement("f", NodePath.of("1", "①"), true, 6),
                placement("f", NodePath.of("1", "②"), false, 7));
        var records = List.of(
                record("a", FY2023, 1_000, "空き店舗への出店を支援", "○", null),
                record("a", FY2024, 1_200, "空き店舗への出店を支援", "◎", null),
                record("b", FY2023, 500, "創業セミナーを3回開催。", null, null),
                record("b", FY2024, 400, "創業セミナーを5回開催。相談会を新設。", null, null),
                record("c", FY2024, 300, "後継者と譲受希望者の引き合わせ", null, null),
                record("d", FY2023, 800, "県外展示会への出展を補助", null, null),
                new YearRecord("d", FY2024, Amount.none(), null, "（令和5年度で事業終了）", false, null, "事業終了", null,
                        Set.of(), null, null),
                record("e", FY2023, 200, "空き店舗の改装を補助", null, null),
                new YearRecord("e", FY2024, Amount.none(), null, "「" + NEW_NAME + "」と統合して実施", false, null,
                        "事業終了", null, Set.of(), null, null),
                record("f", FY2023, 700, "利子の一部を補給", "◎", null),
                record("f", FY2024, 700, "利子の一部を補給", "◎", null));
        return new PlanContent(municipality, plan, source, nodes, organizations, projects, placements, records);
    }

    /** The names a rename in FY2024 leaves: a was listed under its old name in FY2023. */
    public static YearNames namesAfterRename() {
        return (project, year) -> project.key().equals("a") && year.equals(FY2023) ? OLD_NAME
                : project.key().equals("a") ? NEW_NAME : project.name();
    }

    private static Project project(String key, String name, FiscalYear start, FiscalYear end) {
        return new Project(key, name, List.of(), List.of(), new ProjectPeriod(start, end, ""), "", null,
                List.of("商業政策課"), List.of(), 0, List.of(), true);
    }

    private static Placement placement(String key, NodePath node, boolean primary, int order) {
        return new Placement(key, node, primary, String.valueOf(order), order, new Provenance(SHA, order, order));
    }

    private static YearRecord record(String key, FiscalYear year, long budget, String content, String mark,
                                     String outlook) {
        return new YearRecord(key, year, Amount.ofThousandYen(budget), null, content, false,
                mark == null ? null : new Evaluation(mark), outlook, null, Set.of(), null, null);
    }
}

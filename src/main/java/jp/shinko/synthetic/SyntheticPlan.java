package jp.shinko.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.EvaluationScale;
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
import jp.shinko.store.PlanBulkLoad;

/**
 * One synthetic plan, the same for the same number and years (a random generator seeded with the
 * number). Odd numbers take Kagoshima's shape (three or four numeric levels, outside bodies,
 * settled amounts, evaluations, outlooks, strategic marks), even numbers Kumamoto's (two levels
 * numbered ①…, departments only, ★ and 【新】 flags, 重点事項 per year); names and texts come from
 * both lists mixed. About one project in fifteen is re-listed (再掲) under a second node, one in
 * twenty-five was renamed, some start or end within the plan's years.
 */
final class SyntheticPlan {

    static final String KEY_PREFIX = "national-";
    private static final String[] PREFECTURES = {"北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
            "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県",
            "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
            "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"};
    private static final String[] CIRCLED = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"};
    static final int LAST_YEAR = 2024;

    private final Vocabulary words;
    private final int number;
    private final int yearCount;
    private final Random random;
    private final boolean kagoshima;

    private SyntheticPlan(Vocabulary words, int number, int yearCount) {
        this.words = words;
        this.number = number;
        this.yearCount = yearCount;
        this.random = new Random(number * 7919L + yearCount);
        this.kagoshima = number % 2 == 1;
    }

    /** Plan {@code number} (1-based) over the {@code years} fiscal years ending with FY2024. */
    static PlanBulkLoad.Document generate(Vocabulary words, int number, int years) {
        return new SyntheticPlan(words, number, years).build();
    }

    static String key(int number) {
        return KEY_PREFIX + String.format("%04d", number);
    }

    /** A 全国地方公共団体コード with its check digit, unique for numbers up to 47 × 700. */
    static Municipality municipality(int number) {
        int prefecture = (number - 1) % PREFECTURES.length;
        int city = 201 + (number - 1) / PREFECTURES.length;
        var five = String.format("%02d%03d", prefecture + 1, city);
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (five.charAt(i) - '0') * (6 - i);
        }
        int remainder = sum % 11;
        int check = remainder == 0 ? 0 : (11 - remainder) % 10;
        return new Municipality(five + check, PREFECTURES[prefecture] + "第" + (city - 200) + "市");
    }

    private PlanBulkLoad.Document build() {
        var first = FiscalYear.of(LAST_YEAR - yearCount + 1);
        var last = FiscalYear.of(LAST_YEAR);
        var municipality = municipality(number);
        var key = key(number);
        var levels = kagoshima
                ? (random.nextInt(3) == 0 ? List.of("基本目標", "施策", "取組") : List.of("振興の方向性", "基本方針", "推進施策", "主な取組み"))
                : List.of("方向性", "取組");
        var title = municipality.name() + (kagoshima ? "商工業振興プラン" : "中小企業振興基本計画");
        var priorities = new LinkedHashMap<FiscalYear, List<String>>();
        if (!kagoshima) {
            for (int y = first.year(); y <= last.year(); y++) {
                priorities.put(FiscalYear.of(y), pick(words.priorities(), 2 + random.nextInt(3)));
            }
        }
        var strategic = kagoshima ? List.of("戦略プロジェクト１", "戦略プロジェクト２") : List.<String>of();
        var plan = new Plan(key, municipality.code(), title, first, last, levels, EvaluationScale.DEFAULT,
                strategic, priorities);

        var nodes = tree(levels.size());
        var leaves = nodes.stream().filter(n -> n.level() == levels.size()).map(PolicyNode::path).toList();
        var organizations = organizations();
        var departments = organizations.stream().filter(Organization::isCity).map(Organization::name).toList();
        var bodies = organizations.stream().filter(o -> !o.isCity()).map(Organization::name).toList();

        int projectCount = 60 + random.nextInt(201);
        int nameOffset = random.nextInt(words.names().size());
        var lines = new ArrayList<String>();
        lines.add(title + " 事業一覧（" + JapaneseYearFormat.japanese(first) + "～" + JapaneseYearFormat.japanese(last) + "）");
        var sha256 = sha256("synthetic/" + key + "/" + yearCount);
        var projects = new ArrayList<Project>();
        var placements = new ArrayList<Placement>();
        var records = new ArrayList<YearRecord>();
        var reListings = new ArrayList<Placement>();
        for (int p = 0; p < projectCount; p++) {
            var projectKey = Integer.toString(p + 1);
            // 337 is prime, so coprime to the list's length: no name repeats within a plan of fewer projects.
            var name = words.names().get((nameOffset + p * 337) % words.names().size());
            var formerNames = random.nextInt(25) == 0
                    ? List.of(words.names().get((nameOffset + p * 337 + 1) % words.names().size()) + "（旧）")
                    : List.<String>of();
            boolean cityOwn = !kagoshima || bodies.isEmpty() || random.nextInt(4) != 0;
            var implementer = kagoshima ? (cityOwn ? pickOne(departments) : pickOne(bodies)) : null;
            var projectDepartments = cityOwn ? pick(departments, 1 + (random.nextInt(5) == 0 ? 1 : 0)) : List.<String>of();
            var related = kagoshima && !bodies.isEmpty() && random.nextInt(5) == 0 ? pick(bodies, 1) : List.<String>of();
            int marks = kagoshima && random.nextInt(7) == 0 ? 1 + random.nextInt(2) : 0;
            // Most projects run through the plan; some start or end within it.
            int start = random.nextInt(6) == 0 ? first.year() + random.nextInt(yearCount) : first.year() - 1 - random.nextInt(20);
            Integer end = random.nextInt(12) == 0 ? Math.max(start, first.year()) + random.nextInt(yearCount) : null;
            if (end != null && end > last.year()) {
                end = null;
            }
            var period = new ProjectPeriod(FiscalYear.of(start), end == null ? null : FiscalYear.of(end),
                    JapaneseYearFormat.abbreviated(FiscalYear.of(start)) + "～"
                            + (end == null ? "" : JapaneseYearFormat.abbreviated(FiscalYear.of(end))));
            var notes = formerNames.isEmpty() || !kagoshima ? List.<String>of() : List.of("※旧 " + formerNames.get(0));
            projects.add(new Project(projectKey, name, formerNames, notes, period, pickOne(words.summaries()),
                    implementer, projectDepartments, related, marks, List.of(), cityOwn));

            int firstLine = lines.size() + 1;
            long budget = Math.round(Math.exp(Math.log(8000) + random.nextGaussian() * 1.3));
            for (int y = Math.max(start, first.year()); y <= (end == null ? last.year() : end); y++) {
                var year = FiscalYear.of(y);
                budget = Math.max(0, Math.round(budget * (0.9 + random.nextDouble() * 0.25)));
                var record = record(projectKey, year, y == start, y == last.year(), budget, sha256, lines.size() + 1);
                records.add(record);
                lines.add(name + "\t" + record.budget() + "\t" + record.settled() + "\t" + record.content());
            }
            if (lines.size() < firstLine) {
                lines.add(name);
            }
            var provenance = new Provenance(sha256, firstLine, lines.size());
            var node = leaves.get(random.nextInt(leaves.size()));
            placements.add(new Placement(projectKey, node, true, printed(p + 1), 0, provenance));
            if (random.nextInt(15) == 0 && leaves.size() > 1) {
                var other = leaves.get(random.nextInt(leaves.size()));
                if (!other.equals(node)) {
                    reListings.add(new Placement(projectKey, other, false, "再掲", 0, provenance));
                }
            }
        }
        placements.addAll(reListings);
        // Printed in tree order, as a list is: by node, then by the project's position.
        placements.sort(java.util.Comparator.comparing(Placement::node).thenComparingInt(pl -> Integer.parseInt(pl.projectKey())));
        var ordered = new ArrayList<Placement>();
        for (int i = 0; i < placements.size(); i++) {
            var pl = placements.get(i);
            ordered.add(new Placement(pl.projectKey(), pl.node(), pl.primary(), pl.printedNumber(), i + 1, pl.provenance()));
        }
        var source = new Source(key + ".txt", sha256, "synthetic", title + " 事業一覧",
                YearMonth.of(LAST_YEAR + 1, 3), null, lines.size());
        var content = new PlanContent(municipality, plan, source, nodes, organizations, projects, ordered, records);
        return new PlanBulkLoad.Document(content, lines);
    }

    private YearRecord record(String projectKey, FiscalYear year, boolean firstYear, boolean planYear, long budget,
                              String sha256, int line) {
        int roll = random.nextInt(100);
        var budgetAmount = roll < 4 ? Amount.none() : roll < 6 ? Amount.notStated() : Amount.ofThousandYen(budget);
        // Kagoshima-shaped lists report the settled amount and an evaluation for past years only.
        var settled = kagoshima && !planYear && budgetAmount.isPresent()
                ? Amount.ofThousandYen(Math.round(budget * (0.7 + random.nextDouble() * 0.3)))
                : Amount.notStated();
        Evaluation evaluation = null;
        String outlook = null;
        String expansion = null;
        if (kagoshima && !planYear) {
            int e = random.nextInt(100);
            evaluation = Evaluation.of(e < 42 ? "◎" : e < 82 ? "○" : e < 93 ? "△" : "―");
        }
        if (kagoshima && planYear) {
            outlook = pickOne(words.outlooks());
            expansion = outlook.startsWith("拡充") ? pickOne(words.expansion()) : null;
        }
        Set<YearFlag> flags = EnumSet.noneOf(YearFlag.class);
        if (firstYear) {
            flags.add(YearFlag.NEW);
        }
        if (random.nextInt(20) == 0) {
            flags.add(YearFlag.EXPANDED);
        }
        if (!kagoshima && random.nextInt(10) == 0) {
            flags.add(YearFlag.PRIORITY);
        }
        boolean sameAsLeft = kagoshima && random.nextInt(30) == 0;
        var content = sameAsLeft ? pickOne(words.summaries()) : pickOne(words.contents());
        return new YearRecord(projectKey, year, budgetAmount, settled, content, sameAsLeft, evaluation, outlook,
                expansion, flags, RecordStatus.APPROVED, new Provenance(sha256, line, line));
    }

    /** A tree with every level filled down to {@code depth}; Kumamoto-shaped second levels are ①, ②… */
    private List<PolicyNode> tree(int depth) {
        var nodes = new ArrayList<PolicyNode>();
        int top = 3 + random.nextInt(4);
        for (int i = 1; i <= top; i++) {
            children(nodes, NodePath.of(Integer.toString(i)), depth);
        }
        return nodes;
    }

    private void children(List<PolicyNode> nodes, NodePath path, int depth) {
        var title = kagoshima ? null : pickOne(words.titles());
        nodes.add(new PolicyNode(path, title));
        if (path.level() == depth) {
            return;
        }
        int count = path.level() == 1 ? 2 + random.nextInt(3) : 2 + random.nextInt(2);
        for (int i = 1; i <= count; i++) {
            children(nodes, path.child(kagoshima ? Integer.toString(i) : CIRCLED[i - 1]), depth);
        }
    }

    private List<Organization> organizations() {
        var organizations = new ArrayList<Organization>();
        for (var name : pick(words.departments(), 6 + random.nextInt(9))) {
            organizations.add(new Organization(name, OrganizationKind.CITY_DEPARTMENT, null));
        }
        if (kagoshima) {
            for (var body : pick(words.bodies(), 3 + random.nextInt(6))) {
                int space = body.indexOf(' ');
                organizations.add(new Organization(body.substring(space + 1),
                        OrganizationKind.valueOf(body.substring(0, space)), null));
            }
        }
        return organizations;
    }

    private String printed(int position) {
        return kagoshima ? Integer.toString(position) : "(" + position + ")";
    }

    private String pickOne(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** {@code count} different entries (fewer when the list is shorter), in list order. */
    private List<String> pick(List<String> list, int count) {
        var chosen = new java.util.TreeSet<Integer>();
        while (chosen.size() < Math.min(count, list.size())) {
            chosen.add(random.nextInt(list.size()));
        }
        return chosen.stream().map(list::get).toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

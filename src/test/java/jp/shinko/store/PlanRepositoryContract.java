package jp.shinko.store;

import static jp.shinko.store.PlanFixtures.FY2019;
import static jp.shinko.store.PlanFixtures.FY2020;
import static jp.shinko.store.PlanFixtures.FY2024;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import jp.shinko.plan.Amount;
import jp.shinko.plan.AmountUnit;
import jp.shinko.plan.MoneyFigure;
import jp.shinko.plan.MoneyKind;
import jp.shinko.plan.Yen;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.InvalidPlanException;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Organization;
import jp.shinko.plan.OrganizationKind;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Project;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.RecordStatus;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repository's behaviour, run against each database by a subclass that opens a fresh,
 * empty database per test. The repository is wrapped in the same transaction advice Spring
 * would apply, so its {@code @Transactional} demarcation is what is tested.
 */
abstract class PlanRepositoryContract {

    private DataSource database;
    private StatementCounter counter;
    private DataSourceTransactionManager transactions;
    private JdbcClient jdbc;
    private PlanRepository repository;

    /** A new empty database (schema) for one test. */
    protected abstract DataSource openDatabase();

    /** Drops what {@link #openDatabase()} made. */
    protected abstract void closeDatabase(DataSource database);

    protected static void migrate(DataSource dataSource, String... schemas) {
        Flyway.configure().dataSource(dataSource).schemas(schemas).locations("classpath:db/migration")
                .load().migrate();
    }

    @BeforeEach
    void openRepository() {
        database = openDatabase();
        counter = new StatementCounter(database);
        transactions = new DataSourceTransactionManager(counter);
        jdbc = JdbcClient.create(counter);
        var proxy = new ProxyFactory(new PlanRepository(jdbc));
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new TransactionInterceptor((TransactionManager) transactions,
                new AnnotationTransactionAttributeSource()));
        repository = (PlanRepository) proxy.getProxy();
    }

    @AfterEach
    void closeRepository() {
        if (database != null) {
            closeDatabase(database);
        }
    }

    @Test
    void kumamotoPlanWithReListedProjectsComesBackExactly() {
        var kumamoto = PlanFixtures.kumamoto().content();

        repository.save(kumamoto);

        var loaded = repository.load("kumamoto-chusho").orElseThrow();
        assertThat(loaded).isEqualTo(kumamoto);
        assertThat(loaded.placements()).extracting(p -> p.projectKey() + "@" + p.node() + (p.primary() ? "" : " 再掲"))
                .endsWith("成長産業創出支援事業@2/③ 再掲", "中小企業金融対策事業@3/⑥ 再掲", "成長産業創出支援事業@5/⑩ 再掲");
        assertThat(loaded.yearRecord("県と連携したBCP策定支援", FY2024).orElseThrow().budget()).isEqualTo(Amount.none());
        assertThat(loaded.source().asOf()).hasToString("2024-03-31");
    }

    @Test
    void kagoshimaPlanWithOutsideBodiesAndTwoYearsComesBackExactly() {
        var kagoshima = PlanFixtures.kagoshima().content();

        repository.save(kagoshima);

        var loaded = repository.load("kagoshima-shokogyo").orElseThrow();
        assertThat(loaded).isEqualTo(kagoshima);
        assertThat(loaded.years()).containsExactly(FY2019, FY2020);
        assertThat(loaded.yearRecord("no-060", FY2020).orElseThrow().budget()).isEqualTo(Amount.undisclosed());
        assertThat(loaded.project("no-164").orElseThrow().formerNames()).containsExactly("研究開発助成事業");
        assertThat(loaded.plan().evaluationScale().marks()).containsExactly("◎", "○", "△", "―");
    }

    @Test
    void bothPlansLiveSideBySide() {
        var kumamoto = PlanFixtures.kumamoto().content();
        var kagoshima = PlanFixtures.kagoshima().content();

        repository.save(kagoshima);
        repository.save(kumamoto);

        assertThat(repository.load("kumamoto-chusho")).contains(kumamoto);
        assertThat(repository.load("kagoshima-shokogyo")).contains(kagoshima);
        assertThat(repository.load("fukuoka-shoko")).isEmpty();
        assertThat(repository.municipalities()).containsExactly(
                new Municipality("431001", "熊本市"), new Municipality("462012", "鹿児島市"));
    }

    @Test
    void homePageTotalsCountAReListedProjectOnce() {
        var kumamoto = PlanFixtures.kumamoto().content();
        var kagoshima = PlanFixtures.kagoshima().content();
        repository.save(kumamoto);
        repository.save(kagoshima);

        var plans = repository.plans();

        assertThat(plans).extracting(PlanSummaryRow::planKey).containsExactly("kumamoto-chusho", "kagoshima-shokogyo");
        var kumamotoRow = plans.get(0);
        assertThat(kumamotoRow.municipality()).isEqualTo(new Municipality("431001", "熊本市"));
        assertThat(kumamotoRow.planTitle()).isEqualTo("熊本市中小企業・小規模企業振興基本計画");
        // 16,072 + 15,400 + 43,000 + 33,100 + 2,000 + 14,500 + two '-': the three 再掲 entries add nothing.
        assertThat(kumamotoRow.years()).containsExactly(Map.entry(FY2024, new BudgetSummary(8, 124_072, 0, 6, 0, 0, 0)));
        assertThat(plans.get(1).years()).containsExactly(
                Map.entry(FY2019, new BudgetSummary(9, 0, 39_492, 0, 5, 0, 1)),
                Map.entry(FY2020, new BudgetSummary(9, 48_450, 0, 5, 0, 1, 0)));
        // The same totals the domain computes from the content itself.
        assertThat(kumamotoRow.years().get(FY2024)).isEqualTo(BudgetSummary.of(kumamoto, null, FY2024));
        assertThat(plans.get(1).years().get(FY2020)).isEqualTo(BudgetSummary.of(kagoshima, null, FY2020));
    }

    @Test
    void savingTheSameContentAgainWritesNothingAndLeavesIdenticalRows() {
        var fixture = PlanFixtures.kagoshima();
        repository.save(fixture.content(), fixture.text().lines());
        var before = TableSnapshot.of(jdbc);

        counter.reset(Integer.MAX_VALUE);
        repository.save(fixture.content(), fixture.text().lines());

        assertThat(counter.writes()).isZero();
        assertThat(TableSnapshot.of(jdbc)).isEqualTo(before);
        assertThat(before.get("source_lines")).hasSize(7_946);
        assertThat(before.get("year_records")).hasSize(20);
    }

    @Test
    void changedContentReplacesThePlansRowsInPlace() {
        var original = PlanFixtures.kagoshima().content();
        repository.save(original);
        var projectIdsBefore = projectIds();
        var revised = revised(original);

        repository.save(revised);

        assertThat(repository.load("kagoshima-shokogyo")).contains(revised);
        var versions = jdbc.sql("""
                        SELECT pr.project_key || '@' || y.fiscal_year, y.version FROM year_records y
                        JOIN projects pr ON pr.id = y.project_id WHERE y.version > 0""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list();
        assertThat(versions).containsExactlyInAnyOrder(Map.entry("no-006@2020", 1), Map.entry("no-163@2020", 1));
        var projectIdsAfter = projectIds();
        assertThat(projectIdsAfter).doesNotContainKey("no-164").containsKey("no-165");
        projectIdsBefore.remove("no-164");
        assertThat(projectIdsAfter).containsAllEntriesOf(projectIdsBefore);
        assertThat(jdbc.sql("SELECT name FROM project_former_names ORDER BY name").query(String.class).list())
                .containsExactly("よかもん自慢支援事業", "観光かごしまプロモーション事業");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM policy_nodes WHERE path = '3/2/4/2'").query(Long.class).single())
                .isZero();
    }

    @Test
    void reorderedContentComesBackInItsNewOrderWithTheSameRows() {
        var original = PlanFixtures.kumamoto().content();
        repository.save(original);
        var projectIdsBefore = projectIds();
        var reordered = new PlanContent(original.municipality(), original.plan(), original.source(),
                original.nodes(), reversed(original.organizations()), reversed(original.projects()),
                reversed(original.placements()), reversed(original.yearRecords()));

        counter.reset(Integer.MAX_VALUE);
        repository.save(reordered);

        assertThat(repository.load("kumamoto-chusho")).contains(reordered);
        assertThat(projectIds()).isEqualTo(projectIdsBefore);
        assertThat(jdbc.sql("SELECT MAX(version) FROM year_records").query(Integer.class).single()).isZero();
    }

    @Test
    void aSaveThatFailsMidwayLeavesTheDatabaseAsItWas() {
        var original = PlanFixtures.kagoshima().content();
        repository.save(original);
        var before = TableSnapshot.of(jdbc);
        var revised = revised(original);
        // Count the statements the save needs, in a transaction that is then rolled back.
        counter.reset(Integer.MAX_VALUE);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            repository.save(revised);
            status.setRollbackOnly();
        });
        int statements = counter.statements();
        assertThat(TableSnapshot.of(jdbc)).isEqualTo(before);

        counter.reset(statements);
        assertThatThrownBy(() -> repository.save(revised))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("injected failure at statement " + statements);

        assertThat(counter.writes()).as("writes done before the failure").isGreaterThan(5);
        counter.reset(Integer.MAX_VALUE);
        assertThat(TableSnapshot.of(jdbc)).isEqualTo(before);
        assertThat(repository.load("kagoshima-shokogyo")).contains(original);
    }

    @Test
    void provenanceFromAnUnknownSourceIsRefusedAndNothingIsLeftBehind() {
        repository.save(PlanFixtures.kumamoto().content());
        var before = TableSnapshot.of(jdbc);
        var kagoshima = PlanFixtures.kagoshima().content();
        var unknown = "0".repeat(64);
        var records = new ArrayList<>(kagoshima.yearRecords());
        var last = records.remove(records.size() - 1);
        records.add(new YearRecord(last.projectKey(), last.year(), last.budget(), last.settled(), last.content(),
                last.contentSameAsLeft(), last.evaluation(), last.outlook(), last.expansionNote(), last.flags(),
                last.status(), new Provenance(unknown, 1, 2)));
        var broken = withRecords(kagoshima, records);

        assertThatThrownBy(() -> repository.save(broken))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessage("来歴が参照する出典 " + unknown + " が登録されていません");

        assertThat(TableSnapshot.of(jdbc)).isEqualTo(before);
    }

    @Test
    void saveJoinsTheCallersTransaction() {
        var kumamoto = PlanFixtures.kumamoto().content();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            repository.save(kumamoto);
            assertThat(repository.load("kumamoto-chusho")).contains(kumamoto);
            status.setRollbackOnly();
        });

        assertThat(repository.load("kumamoto-chusho")).isEmpty();
        assertThat(repository.municipalities()).isEmpty();
    }

    @Test
    void sourceIsFoundByItsSha256WithItsTextLines() {
        var fixture = PlanFixtures.kumamoto();
        var sha256 = fixture.text().sha256();

        repository.save(fixture.content(), fixture.text().lines());

        assertThat(repository.sourceBySha256(sha256)).contains(fixture.content().source());
        assertThat(repository.sourceBySha256("f".repeat(64))).isEmpty();
        var provenance = fixture.content().yearRecords().get(0).provenance();
        assertThat(repository.sourceLines(sha256, provenance.firstLine(), provenance.lastLine())).containsExactly(
                "(1)\t成長産業創出支援事業\t起業・新産業支援課\t16,072",
                "中小企業者等が実施する新製品・新技術の研究開発に必要な経費の一部を助成するほか、産学連携コーディネーターを"
                        + "配置し、大学等研究機関の研究シーズと地場企業の事業化ニーズのマッチングを実施する。\t\t\t");
        assertThat(repository.sourceLines(sha256, 191, 500)).containsExactly("",
                "※記載内容・計画は2024年3月末日時点のものであり、各事業の進捗や社会情勢等に応じて変更になる場合があります。");
        assertThat(repository.sourceLines("f".repeat(64), 1, 10)).isEmpty();
    }

    @Test
    void sourceLinesMustMatchTheSourcesLineCount() {
        var fixture = PlanFixtures.kumamoto();

        assertThatThrownBy(() -> repository.save(fixture.content(), fixture.text().lines().subList(0, 10)))
                .isInstanceOf(InvalidPlanException.class)
                .hasMessage("出典 kumamoto-chusho-plan-r6.txt の行数 192 と渡された本文の行数 10 が一致しません");
        assertThat(repository.sourceBySha256(fixture.text().sha256())).isEmpty();
    }

    /**
     * Kagoshima revised: no-006 renamed and its FY2020 budget changed, no-163 marked 拡充 in
     * FY2020, the ended project no-164 (and its node) gone, 売場づくり支援事業 (no-165) added
     * under new nodes with a new department.
     */
    private static PlanContent revised(PlanContent original) {
        var sha256 = original.source().sha256();
        var records = new ArrayList<YearRecord>();
        for (var r : original.yearRecords()) {
            if (r.projectKey().equals("no-164")) {
                continue;
            }
            var budget = r.projectKey().equals("no-006") && r.year().equals(FY2020) ? Amount.ofThousandYen(700)
                    : r.budget();
            var flags = r.projectKey().equals("no-163") && r.year().equals(FY2020)
                    ? Set.of(YearFlag.NEW, YearFlag.EXPANDED) : r.flags();
            records.add(new YearRecord(r.projectKey(), r.year(), budget, r.settled(), r.content(),
                    r.contentSameAsLeft(), r.evaluation(), r.outlook(), r.expansionNote(), flags, r.status(),
                    r.provenance()));
        }
        records.add(new YearRecord("no-165", FY2020, Amount.ofThousandYen(1_950), Amount.notStated(),
                "小規模事業者の売場改善を支援", false, null, "継続予定", null, Set.of(), RecordStatus.APPROVED,
                new Provenance(sha256, 4748, 4765)));
        var projects = new ArrayList<Project>();
        for (var p : original.projects()) {
            if (!p.key().equals("no-164")) {
                projects.add(p.key().equals("no-006") ? p.renamedTo("よかもん自慢販路拡大支援事業") : p);
            }
        }
        projects.add(new Project("no-165", "売場づくり支援事業", List.of(), List.of(), null,
                "主に小売業での現場改善策を模索している小規模事業者を支援する。", "商業・サービス業振興課",
                List.of("商業・サービス業振興課"), List.of(), 1, List.of(), true));
        var nodes = new ArrayList<>(original.nodes().stream()
                .filter(n -> !n.path().equals(NodePath.parse("3/2/4/2"))).toList());
        nodes.add(new PolicyNode(NodePath.parse("3/2/5"), null));
        nodes.add(new PolicyNode(NodePath.parse("3/2/5/2"), null));
        var organizations = new ArrayList<>(original.organizations());
        organizations.add(new Organization("商業・サービス業振興課", OrganizationKind.CITY_DEPARTMENT, null));
        var placements = new ArrayList<>(original.placements().stream()
                .filter(p -> !p.projectKey().equals("no-164")).toList());
        placements.add(new Placement("no-165", NodePath.parse("3/2/5/2"), true, "165", 165,
                new Provenance(sha256, 4748, 4748)));
        return new PlanContent(original.municipality(), original.plan(), original.source(), nodes,
                organizations, projects, placements, records);
    }

    private static <T> List<T> reversed(List<T> list) {
        var copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static PlanContent withRecords(PlanContent content, List<YearRecord> records) {
        return new PlanContent(content.municipality(), content.plan(), content.source(), content.nodes(),
                content.organizations(), content.projects(), content.placements(), records);
    }

    private Map<String, Long> projectIds() {
        var ids = new HashMap<String, Long>();
        jdbc.sql("SELECT project_key, id FROM projects").query(rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }

    @Test
    void moneyFiguresInExactYenComeBackExactlyAndChangeOnlyWhereChanged() {
        var original = PlanFixtures.kumamoto().content();
        var figures = List.of(
                new MoneyFigure(MoneyKind.SUPPLEMENTARY_BUDGET, "6月補正", Yen.of(-1_200_000, AmountUnit.THOUSAND_YEN), "決算!E7"),
                new MoneyFigure(MoneyKind.SUPPLEMENTARY_BUDGET, "9月補正", Yen.of(25_960_000, AmountUnit.TEN_THOUSAND_YEN), "決算!F7"),
                new MoneyFigure(MoneyKind.CURRENT_BUDGET, "", Yen.of(218_272_770, AmountUnit.YEN), "決算!H7"),
                MoneyFigure.of(MoneyKind.NATIONAL_FUNDS, Yen.undisclosed()),
                MoneyFigure.of(MoneyKind.GENERAL_FUNDS, Yen.none()));
        var withMoney = withFigures(original, "成長産業創出支援事業", figures);

        repository.save(withMoney);

        var loaded = repository.load("kumamoto-chusho").orElseThrow();
        assertThat(loaded).isEqualTo(withMoney);
        var record = loaded.yearRecord("成長産業創出支援事業", FY2024).orElseThrow();
        assertThat(record.moneyFigures()).isEqualTo(figures);
        assertThat(record.budget()).isEqualTo(Amount.ofThousandYen(16_072));
        assertThat(record.money().figure(MoneyKind.INITIAL_BUDGET)).isEqualTo(Yen.of(16_072_000, AmountUnit.THOUSAND_YEN));
        assertThat(record.money().figure(MoneyKind.SUPPLEMENTARY_BUDGET)).isEqualTo(Yen.of(24_760_000, AmountUnit.THOUSAND_YEN));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM year_money_figures").query(Long.class).single()).isEqualTo(5);

        var before = TableSnapshot.of(jdbc);
        counter.reset(Integer.MAX_VALUE);
        repository.save(withMoney);
        assertThat(counter.writes()).isZero();
        assertThat(TableSnapshot.of(jdbc)).isEqualTo(before);

        var changed = withFigures(withMoney, "成長産業創出支援事業", figures.subList(0, 3));
        repository.save(changed);
        assertThat(repository.load("kumamoto-chusho")).contains(changed);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM year_money_figures").query(Long.class).single()).isEqualTo(3);
        repository.save(original);
        assertThat(repository.load("kumamoto-chusho")).contains(original);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM year_money_figures").query(Long.class).single()).isZero();
    }

    private static PlanContent withFigures(PlanContent content, String projectKey, List<MoneyFigure> figures) {
        var records = content.yearRecords().stream()
                .map(r -> r.projectKey().equals(projectKey) ? r.withMoneyFigures(figures) : r).toList();
        return new PlanContent(content.municipality(), content.plan(), content.source(), content.nodes(),
                content.organizations(), content.projects(), content.placements(), records);
    }
}

package jp.shinko.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.Layouts;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.YearFlag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * The read queries against both samples as the parsers read them, on each database: every
 * figure is checked against the domain's own computation ({@link BudgetSummary#of}) as well as
 * against numbers read off the documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadQueriesContract {

    static final FiscalYear FY2019 = FiscalYear.of(2019);
    static final FiscalYear FY2020 = FiscalYear.of(2020);
    static final FiscalYear FY2024 = FiscalYear.of(2024);
    static final String KAGOSHIMA = "kagoshima-shokogyo";
    static final String KUMAMOTO = "kumamoto-chusho";

    protected final Map<String, PlanContent> contents = new HashMap<>();
    protected DataSource database;
    protected PlanQueries plans;
    protected ProjectQueries projects;
    protected OrganizationQueries organizations;

    protected abstract DataSource openDatabase();

    protected abstract void closeDatabase(DataSource database);

    @BeforeAll
    void importBothSamples() {
        database = openDatabase();
        var jdbc = JdbcClient.create(database);
        var repository = transactional(new PlanRepository(jdbc));
        var reader = new DocumentReader(Layouts.builtIn());
        for (var file : new String[] {"kagoshima-shokogyo-plan-r1-r2.txt", "kumamoto-chusho-plan-r6.txt"}) {
            var document = reader.read(Path.of("samples", file), null);
            repository.save(document.parsed().content(), document.text().lines());
            contents.put(document.parsed().content().plan().key(), document.parsed().content());
        }
        plans = transactional(new PlanQueries(jdbc));
        projects = transactional(new ProjectQueries(jdbc));
        organizations = transactional(new OrganizationQueries(jdbc));
    }

    /** The object behind the transaction proxy Spring would give it, so it runs as it does in the app. */
    @SuppressWarnings("unchecked")
    private <T> T transactional(T target) {
        var proxy = new ProxyFactory(target);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new TransactionInterceptor((TransactionManager) new DataSourceTransactionManager(database),
                new AnnotationTransactionAttributeSource()));
        return (T) proxy.getProxy();
    }

    @AfterAll
    void close() {
        if (database != null) {
            closeDatabase(database);
        }
    }

    @Test
    void everyNodeTotalIsTheDomainsBudgetSummaryOfThatNode() {
        for (var content : contents.values()) {
            var overview = plans.overview(content.plan().key()).orElseThrow();
            assertThat(overview.nodes()).hasSameSizeAs(content.nodes());
            for (var node : overview.nodes()) {
                for (var year : content.years()) {
                    var expected = BudgetSummary.of(content, node.node().path(), year);
                    assertThat(node.projects()).as("%s", node.node().path())
                            .isEqualTo(jp.shinko.plan.ProjectYears.under(content, node.node().path()).size());
                    assertThat(node.year(year)).as("%s %s", node.node().path(), year).isEqualTo(expected);
                }
            }
            for (var year : overview.years()) {
                assertThat(year.totals()).isEqualTo(BudgetSummary.of(content, null, year.year()));
            }
        }
    }

    @Test
    void kumamotoDirectionsCountAReListedProjectOnceAndShowNoInventedZero() {
        var overview = plans.overview(KUMAMOTO).orElseThrow();
        var first = overview.node(NodePath.of("1")).orElseThrow();
        assertThat(first.projects()).isEqualTo(8);
        assertThat(first.year(FY2024).budgetThousandYen()).isEqualTo(575_563);
        var fourth = overview.node(NodePath.of("4")).orElseThrow();
        assertThat(fourth.projects()).isEqualTo(7);
        assertThat(fourth.year(FY2024).budgetStated()).isZero();
        assertThat(overview.years()).singleElement().satisfies(year -> {
            assertThat(year.totals().budgetThousandYen()).isEqualTo(2_516_552);
            assertThat(year.showsBudget()).isTrue();
            assertThat(year.showsSettled()).isFalse();
            assertThat(year.hasEvaluations()).isFalse();
        });
        assertThat(overview.plan().priorities().get(FY2024)).hasSize(5);
        assertThat(overview.projects()).isEqualTo(59);
    }

    @Test
    void kagoshimaYearsStateSettlementsAndEvaluationsForFy2019AndBudgetsAndOutlooksForFy2020() {
        var overview = plans.overview(KAGOSHIMA).orElseThrow();
        var fy2019 = overview.year(FY2019).orElseThrow();
        var fy2020 = overview.year(FY2020).orElseThrow();
        assertThat(fy2019.totals().settledThousandYen()).isEqualTo(5_389_552);
        assertThat(fy2019.totals().settledUndisclosed()).isEqualTo(15);
        assertThat(fy2020.totals().budgetThousandYen()).isEqualTo(7_594_877);
        assertThat(fy2019.showsSettled()).isTrue();
        assertThat(fy2019.showsBudget()).isFalse();
        assertThat(fy2020.showsBudget()).isTrue();
        assertThat(fy2020.showsSettled()).isFalse();
        // The year's projects only (ProjectYears): 18 ― of FY2019 are projects that start in FY2020,
        // 6 事業終了 of FY2020 projects that ended in FY2019.
        assertThat(fy2019.evaluations()).containsExactly(Map.entry("◎", 85), Map.entry("○", 146),
                Map.entry("△", 6), Map.entry("―", 31));
        assertThat(fy2020.outlooks()).containsExactlyInAnyOrderEntriesOf(Map.of("継続予定", 211, "事業終了", 19,
                "未定", 19, "拡充", 2, "拡充予定", 2));
        assertThat(overview.source().lineCount()).isEqualTo(7946);
    }

    @Test
    void filtersNarrowTheListInSql() {
        assertThat(total(KAGOSHIMA, ProjectFilter.none())).isEqualTo(286);
        assertThat(total(KAGOSHIMA, filter(null, null, null, Set.of(), false, "◎", null))).isEqualTo(85);
        assertThat(total(KAGOSHIMA, filter(FY2020, null, null, Set.of(), false, "◎", null))).isZero();
        assertThat(total(KAGOSHIMA, filter(null, null, ProjectFilter.Body.OUTSIDE, Set.of(), false, null, null)))
                .isEqualTo(195);
        assertThat(total(KAGOSHIMA, filter(null, null, null, Set.of(), true, null, null))).isEqualTo(178);
        assertThat(total(KAGOSHIMA, filter(FY2020, null, null, Set.of(YearFlag.NEW), false, null, null)))
                .isEqualTo(17);
        assertThat(total(KAGOSHIMA, filter(FY2020, null, null, Set.of(), false, null, "事業終了"))).isEqualTo(19);
        assertThat(total(KAGOSHIMA, filter(null, NodePath.of("1"), null, Set.of(), false, null, null))).isEqualTo(112);
        assertThat(total(KAGOSHIMA, ProjectFilter.byOrganization("鹿児島商工会議所"))).isEqualTo(21);
        assertThat(total(KUMAMOTO, filter(null, null, null, Set.of(YearFlag.PRIORITY), false, null, null)))
                .isEqualTo(15);
        // 成長産業創出支援事業 is listed under 2/③ again (再掲): the node finds it there.
        assertThat(projects.all(KUMAMOTO, filter(null, NodePath.of("2", "③"), null, Set.of(), false, null, null),
                ProjectOrder.byNumber())).extracting(ProjectRow::name).contains("成長産業創出支援事業");
        // A path prefix counts at '/' boundaries only: node 1 is not node 10's parent.
        assertThat(total(KAGOSHIMA, filter(null, NodePath.of("1", "1", "4"), null, Set.of(), false, null, null)))
                .isEqualTo((int) contents.get(KAGOSHIMA).placements().stream()
                        .filter(p -> p.node().isWithin(NodePath.of("1", "1", "4"))).count());
    }

    @Test
    void totalsOfAFilteredListCountEachProjectOnce() {
        var evaluatedBest = filter(null, null, null, Set.of(), false, "◎", null);
        var totals = projects.totals(KAGOSHIMA, evaluatedBest);
        assertThat(totals.get(FY2019).projects()).isEqualTo(85);
        assertThat(totals.get(FY2019).settledThousandYen()).isEqualTo(1_764_096);
        var kumamoto = projects.totals(KUMAMOTO, filter(null, NodePath.of("1"), null, Set.of(), false, null, null));
        assertThat(kumamoto.get(FY2024).budgetThousandYen()).isEqualTo(575_563);
    }

    @Test
    void listsSortByAYearsFiguresWithAbsentValuesLastAndPageByFifty() {
        var byBudget = projects.page(KAGOSHIMA, ProjectFilter.none(),
                new ProjectOrder(ProjectOrder.Key.BUDGET, true, FY2020), 1, 3);
        assertThat(byBudget.rows()).extracting(ProjectRow::name)
                .containsExactly("魚類市場再整備事業", "企業立地促進補助事業", "鹿児島港港湾整備事業（港湾負担金）");
        var ascending = projects.all(KAGOSHIMA, ProjectFilter.none(),
                new ProjectOrder(ProjectOrder.Key.BUDGET, false, FY2020));
        assertThat(ascending.get(ascending.size() - 1).year(FY2020).orElseThrow().budget().isPresent()).isFalse();
        var byEvaluation = projects.all(KAGOSHIMA, ProjectFilter.none(),
                new ProjectOrder(ProjectOrder.Key.EVALUATION, false, FY2019));
        assertThat(byEvaluation).extracting(r -> r.year(FY2019).orElseThrow().evaluation().mark())
                .startsWith("◎").endsWith("―");
        assertThat(byEvaluation.get(85).year(FY2019).orElseThrow().evaluation().mark()).isEqualTo("○");
        var lastPage = projects.page(KAGOSHIMA, ProjectFilter.none(), ProjectOrder.byNumber(), 6, 50);
        assertThat(lastPage.total()).isEqualTo(286);
        assertThat(lastPage.pages()).isEqualTo(6);
        assertThat(lastPage.rows()).hasSize(36);
        assertThat(lastPage.rows().get(0).printedNumber()).isEqualTo("251");
        assertThat(lastPage.rows().get(0).years()).extracting(r -> r.year()).containsExactly(FY2019, FY2020);
        assertThat(projects.page(KAGOSHIMA, ProjectFilter.none(), ProjectOrder.byNumber(), 99, 50).page()).isEqualTo(6);
    }

    @Test
    void aReListedProjectsDetailHasAllItsPlacementsWithTheirNodeTitles() {
        var detail = projects.project(KUMAMOTO, "成長産業創出支援事業").orElseThrow();
        assertThat(detail.placements()).extracting(p -> p.placement().node().toString() + (p.placement().primary() ? "" : " 再掲"))
                .containsExactly("1/①", "2/③ 再掲", "5/⑩ 再掲");
        assertThat(detail.placements().get(0).trail()).extracting(n -> n.title())
                .containsExactly("創業・事業承継の促進", "創業支援");
        assertThat(detail.years()).singleElement().satisfies(r -> assertThat(r.budget().thousandYen()).isEqualTo(16_072));
        assertThat(detail.organizations()).extracting(o -> o.name()).containsExactly("起業・新産業支援課");
        assertThat(detail.sources()).extracting(s -> s.fileName()).containsExactly("kumamoto-chusho-plan-r6.txt");
        assertThat(detail.project()).isEqualTo(contents.get(KUMAMOTO).project("成長産業創出支援事業").orElseThrow());
        assertThat(projects.project(KUMAMOTO, "7")).isEmpty();
    }

    @Test
    void everyProjectDetailMatchesTheImportedContent() {
        for (var content : contents.values()) {
            for (var project : content.projects()) {
                var detail = projects.project(content.plan().key(), project.key()).orElseThrow();
                assertThat(detail.project()).isEqualTo(project);
                assertThat(detail.years()).containsExactlyInAnyOrderElementsOf(content.yearRecords().stream()
                        .filter(r -> r.projectKey().equals(project.key())).toList());
                assertThat(detail.placements()).extracting(PlacementDetail::placement)
                        .containsExactlyInAnyOrderElementsOf(content.placements().stream()
                                .filter(p -> p.projectKey().equals(project.key())).toList());
            }
        }
    }

    @Test
    void organizationsCountTheProjectsTheyRunOrAreInChargeOf() {
        var chamber = organizations.organization(KAGOSHIMA, "鹿児島商工会議所").orElseThrow();
        assertThat(chamber.projects()).isEqualTo(21);
        assertThat(chamber.organization().isCity()).isFalse();
        assertThat(organizations.organizations(KUMAMOTO)).hasSize(11)
                .first().satisfies(o -> assertThat(o.organization().name()).isEqualTo("起業・新産業支援課"));
        for (var summary : organizations.organizations(KAGOSHIMA)) {
            assertThat(total(KAGOSHIMA, ProjectFilter.byOrganization(summary.organization().name())))
                    .as(summary.organization().name()).isEqualTo(summary.projects());
        }
        assertThat(organizations.organization(KUMAMOTO, "鹿児島商工会議所")).isEmpty();
    }

    private int total(String planKey, ProjectFilter filter) {
        return projects.page(planKey, filter, ProjectOrder.byNumber(), 1, 50).total();
    }

    private static ProjectFilter filter(FiscalYear year, NodePath node, ProjectFilter.Body body, Set<YearFlag> flags,
                                        boolean strategic, String evaluation, String outlook) {
        return new ProjectFilter(year, node, null, body, flags, strategic, evaluation, outlook);
    }
}

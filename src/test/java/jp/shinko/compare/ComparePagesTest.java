package jp.shinko.compare;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.shinko.audit.Actor;
import jp.shinko.audit.Role;
import jp.shinko.cycle.Accounts;
import jp.shinko.cycle.AddUser;
import jp.shinko.cycle.NewUser;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.store.PlanRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The comparison page, CSV and API, theme overrides and figures over both imported samples. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:compare;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ComparePagesTest {

    static final String BOTH = "kagoshima-shokogyo:2020,kumamoto-chusho:2024";

    @Autowired
    MockMvc mvc;

    @Autowired
    Comparisons comparisons;

    @Autowired
    OverrideThemes overrideThemes;

    @BeforeAll
    static void importBothSamples(@Autowired ImportDocuments imports, @Autowired PlanRepository plans,
                                  @Autowired AddUser addUser, @Autowired Accounts accounts) {
        if (plans.plans().size() < 2) {
            imports.run(List.of(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"),
                    Path.of("samples/kumamoto-chusho-plan-r6.txt")), null);
        }
        if (accounts.find("jimukyoku").isEmpty()) {
            addUser.run(Actor.commandLine(), new NewUser("jimukyoku", "事務局", Role.COORDINATOR, Set.of(),
                    "correct horse battery staple", false));
        }
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void comparisonCountsEachPlansProjectsAndBudgetsByTheme() {
        var comparison = comparisons.compare(PlanYearRef.parseList(BOTH));
        var kagoshima = comparison.columns().get(0);
        var kumamoto = comparison.columns().get(1);
        assertThat(kagoshima.fiscalYear()).isEqualTo(2020);
        // FY2020's projects (ProjectYears): 7 of the 286 listed ended in FY2019.
        assertThat(kagoshima.projects()).isEqualTo(279);
        assertThat(kagoshima.totalBudgetThousandYen()).isEqualTo(7_594_877);
        assertThat(kagoshima.cell("succession").projects()).isEqualTo(12);
        assertThat(kagoshima.cell("succession").budgetThousandYen()).isEqualTo(81_800);
        assertThat(kumamoto.projects()).isEqualTo(59);
        assertThat(kumamoto.totalBudgetThousandYen()).isEqualTo(2_516_552);
        assertThat(kumamoto.cell("location").budgetThousandYen()).isEqualTo(980_750);
        assertThat(kumamoto.cell("procurement").projects()).isEqualTo(5);
        // Several themes per project: the theme budgets add up to more than the total.
        assertThat(kumamoto.cells().stream().mapToLong(ThemeCell::budgetThousandYen).sum())
                .isGreaterThan(kumamoto.totalBudgetThousandYen());
        // Nothing is seeded: Kagoshima's population is never entered in these tests.
        assertThat(kagoshima.cell("startup").yenPerResident()).isNull();
    }

    @Test
    void perResidentFiguresAppearOnceThePopulationIsEntered() {
        comparisons.setFigures(new MunicipalityFigures("431001", 1_000_000L, "テスト値", 40_000L, "テスト値",
                "admin", LocalDateTime.of(2026, 1, 1, 0, 0)));
        var kumamoto = comparisons.compare(PlanYearRef.parseList(BOTH)).columns().get(1);
        // 980,750 thousand yen / 1,000,000 residents = 980.75 yen, rounded; / 40,000 businesses = 24,518.75 yen.
        assertThat(kumamoto.cell("location").yenPerResident()).isEqualTo(981);
        assertThat(kumamoto.cell("location").yenPerBusiness()).isEqualTo(24_519);
    }

    @Test
    void aCoordinatorsOverrideWinsAndKeepsWhoWhenAndTheOldThemes() {
        var coordinator = new Actor("coordinator", Role.COORDINATOR, Set.of());
        overrideThemes.run(coordinator, "kumamoto-chusho", "経済関連データ調査等事業", List.of("smallbiz"), "");
        var themes = comparisons.projectThemes("kumamoto-chusho", "経済関連データ調査等事業").orElseThrow();
        assertThat(themes.effective()).containsExactly("smallbiz");
        assertThat(themes.override().orElseThrow().oldThemes()).isEmpty();
        assertThat(themes.override().orElseThrow().decidedBy()).isEqualTo("coordinator");
        overrideThemes.run(coordinator, "kumamoto-chusho", "経済関連データ調査等事業", List.of(), "");
        assertThat(comparisons.projectThemes("kumamoto-chusho", "経済関連データ調査等事業").orElseThrow()
                .override().orElseThrow().oldThemes()).containsExactly("smallbiz");
    }

    @Test
    void comparisonPageExplainsUnitsAndLinksFromHome() throws Exception {
        assertThat(page("/")).contains("href=\"/compare\"");
        var html = page("/compare?plans=" + BOTH);
        assertThat(html).contains("千円", "事業承継", "鹿児島市", "熊本市", "割合の合計は100%を超えます",
                "/compare.csv?plans=kagoshima-shokogyo:2020,kumamoto-chusho:2024");
        assertThat(page("/compare?plans=kagoshima-shokogyo:1999,kumamoto-chusho")).contains("1999 年度の記録はありません");
    }

    @Test
    void csvAndApiCarryTheSameNumbers() throws Exception {
        var csv = page("/compare.csv?plans=" + BOTH);
        assertThat(csv.lines()).contains("鹿児島市,kagoshima-shokogyo,2020,succession,事業承継,12,81800,0.0108,2,2,,");
        var json = page("/api/v1/compare?plans=" + BOTH);
        assertThat(json).contains("\"totalBudgetThousandYen\":7594877", "\"totalBudgetThousandYen\":2516552");
        mvc.perform(get("/api/v1/compare?plans=kumamoto-chusho")).andExpect(status().isBadRequest());
    }

    @Test
    void projectPageShowsThemesWithReasonsAndSimilarProjectsElsewhere() throws Exception {
        var html = page("/plans/kumamoto-chusho/projects/インバウンド誘客対策経費");
        assertThat(html).contains("観光・MICE・誘客", "事業名「インバウンド」+6",
                "/plans/kagoshima-shokogyo/projects/61", "共通のテーマ: 観光・MICE・誘客");
        assertThat(page("/plans/kumamoto-chusho/themes")).contains("半導体関連企業誘致強化事業");
        assertThat(page("/themes")).contains("農商工連携・6次産業化・食");
    }

    @Test
    void aCoordinatorDecidesThemesOnTheProjectPageAndOthersMayNot() throws Exception {
        var url = "/plans/kumamoto-chusho/projects/{project}/themes";
        var project = "地産地消事業";
        var coordinator = user("jimukyoku").roles("COORDINATOR");

        mvc.perform(post(url, project).param("theme", "food").with(user("editor").roles("ORG_EDITOR")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(url, project).param("theme", "food").with(coordinator))
                .andExpect(status().isForbidden());
        mvc.perform(post(url, project).param("theme", "food").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        assertThat(comparisons.projectThemes("kumamoto-chusho", "地産地消事業").orElseThrow().override()).isEmpty();

        mvc.perform(post(url, project).param("theme", "food").param("theme", "sales").with(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/kumamoto-chusho/projects/%E5%9C%B0%E7%94%A3%E5%9C%B0%E6%B6%88%E4%BA%8B%E6%A5%AD#themes"));
        var themes = comparisons.projectThemes("kumamoto-chusho", "地産地消事業").orElseThrow();
        // Kept in the taxonomy's order (販路開拓・輸出 4, 農商工連携・6次産業化・食 11), whatever the order sent.
        assertThat(themes.effective()).containsExactly("sales", "food");
        assertThat(themes.override().orElseThrow().decidedBy()).isEqualTo("jimukyoku");

        var html = mvc.perform(get("/plans/kumamoto-chusho/projects/地産地消事業").with(coordinator))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("この事業のテーマを決める", "name=\"_csrf\"");
        assertThat(page("/plans/kumamoto-chusho/projects/地産地消事業")).doesNotContain("この事業のテーマを決める");
    }
}

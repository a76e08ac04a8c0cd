package jp.shinko.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditEntry;
import jp.shinko.audit.AuditTrail;
import jp.shinko.audit.Role;
import jp.shinko.command.Outcome;
import jp.shinko.ShinkoSpringTest;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.store.PlanRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Editing the theme taxonomy and deciding a project's themes over both imported samples: who may,
 * what is refused and why, what the comparison then shows, and the exact audit entries written in
 * the same transaction. Each test rolls back.
 */
@ShinkoSpringTest
@Transactional
class ThemeTaxonomyTest {

    private static final Actor COORDINATOR = new Actor("jimukyoku", Role.COORDINATOR, Set.of());
    private static final Actor ADMIN = new Actor("admin", Role.ADMIN, Set.of());
    private static final String KUMAMOTO = "kumamoto-chusho";
    private static final String BOTH = "kagoshima-shokogyo:2020,kumamoto-chusho:2024";
    /** 地産地消事業, 農業政策課: 5,300 thousand yen in FY2024; automatically 農商工連携・6次産業化・食. */
    private static final String LOCAL_FOOD = "地産地消事業";

    private static final ThemeForm GREEN = new ThemeForm("green", "脱炭素・GX",
            "省エネルギー・再生可能エネルギーの導入支援、脱炭素経営", "14", "第2期計画で新設");

    @Autowired Comparisons comparisons;
    @Autowired AddTheme addTheme;
    @Autowired UpdateTheme updateTheme;
    @Autowired RetireTheme retireTheme;
    @Autowired OverrideThemes overrideThemes;
    @Autowired TaxonomyHistory history;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void importBothSamples(@Autowired ImportDocuments imports, @Autowired PlanRepository plans) {
        if (plans.plans().size() < 2) {
            imports.run(List.of(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"),
                    Path.of("samples/kumamoto-chusho-plan-r6.txt")), null);
        }
    }

    @Test
    void anAddedThemeHasNoAutomaticRuleAndCountsTheProjectsThatChooseIt() {
        assertThat(addTheme.run(COORDINATOR, GREEN)).isEqualTo(done("theme.added", "脱炭素・GX", "green"));

        assertThat(comparisons.themes()).last().isEqualTo(new Theme("green", "脱炭素・GX",
                "省エネルギー・再生可能エネルギーの導入支援、脱炭素経営", 14));
        assertThat(comparisons.ruleTerms("green")).isZero();
        assertThat(comparisons.ruleTerms("startup")).isPositive();
        var kumamoto = comparisons.compare(PlanYearRef.parseList(BOTH)).columns().get(1);
        assertThat(kumamoto.cell("green").projects()).isZero();

        assertThat(overrideThemes.run(COORDINATOR, KUMAMOTO, LOCAL_FOOD, List.of("food", "green"), "")).isInstanceOf(Outcome.Done.class);
        kumamoto = comparisons.compare(PlanYearRef.parseList(BOTH)).columns().get(1);
        assertThat(kumamoto.cell("green").projects()).isEqualTo(1);
        assertThat(kumamoto.cell("green").budgetThousandYen()).isEqualTo(5_300);

        assertThat(history.of("green")).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::planKey,
                        AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue, AuditEntry::reason)
                .containsExactly(
                        tuple("jimukyoku", "ADD_THEME", null, "themeName", null, "脱炭素・GX", "第2期計画で新設"),
                        tuple("jimukyoku", "ADD_THEME", null, "themeDescription", null,
                                "省エネルギー・再生可能エネルギーの導入支援、脱炭素経営", "第2期計画で新設"),
                        tuple("jimukyoku", "ADD_THEME", null, "themeOrder", null, "14", "第2期計画で新設"));
        // Entries of no plan are the administration's: administrators see them beside users and organizations.
        assertThat(audit.administration()).extracting(AuditEntry::subject).containsOnly("green");
    }

    @Test
    void aThemeThatDoesNotReadCorrectlyIsRefusedFieldByFieldAndNothingIsWritten() {
        long before = writes();
        assertThat(addTheme.run(COORDINATOR, new ThemeForm("", "", "", "", ""))).isEqualTo(invalid(
                problem("code", "theme.code.required"), problem("name", "theme.name.required"),
                problem("description", "theme.description.required"), problem("order", "theme.order.format", 9999)));
        assertThat(addTheme.run(COORDINATOR, new ThemeForm("Green Energy", "創業支援", "説明", "０", "")))
                .isEqualTo(invalid(problem("code", "theme.code.format"), problem("name", "theme.name.exists", "創業支援"),
                        problem("order", "theme.order.format", 9999)));
        assertThat(addTheme.run(COORDINATOR, new ThemeForm("none", "テーマなし", "説明", "10000", "")))
                .isEqualTo(invalid(problem("code", "theme.code.reserved", "none"),
                        problem("order", "theme.order.format", 9999)));
        assertThat(addTheme.run(COORDINATOR, new ThemeForm("startup", "あ".repeat(101), "い".repeat(401), "1", "う".repeat(401))))
                .isEqualTo(invalid(problem("code", "theme.code.exists", "startup"), problem("name", "text.too-long", 100),
                        problem("description", "text.too-long", 400), problem("reason", "text.too-long", 400)));
        assertThat(writes()).isEqualTo(before);

        // Full-width digits are what people type; surrounding spaces are dropped.
        assertThat(addTheme.run(COORDINATOR, new ThemeForm(" green ", " 脱炭素・GX ", "脱炭素経営", "１５", ""))).isInstanceOf(Outcome.Done.class);
        assertThat(comparisons.theme("green")).contains(new Theme("green", "脱炭素・GX", "脱炭素経営", 15));
    }

    @Test
    void editingAThemeRecordsEachChangedFieldWithTheReason() {
        var form = new ThemeForm("ignored", "事業承継・引継ぎ", "事業承継・事業引継ぎ、後継者の確保", "1", "名称を県の計画に合わせる");
        assertThat(updateTheme.run(ADMIN, "succession", form)).isEqualTo(done("theme.updated", "事業承継・引継ぎ", null));

        assertThat(comparisons.themes()).extracting(Theme::code).startsWith("startup", "succession", "innovation");
        assertThat(comparisons.theme("succession")).contains(new Theme("succession", "事業承継・引継ぎ",
                "事業承継・事業引継ぎ、後継者の確保", 1));
        assertThat(history.of("succession")).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::subject,
                        AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue, AuditEntry::reason)
                .containsExactly(
                        tuple("admin", "UPDATE_THEME", "succession", "themeName", "事業承継", "事業承継・引継ぎ",
                                "名称を県の計画に合わせる"),
                        tuple("admin", "UPDATE_THEME", "succession", "themeOrder", "2", "1", "名称を県の計画に合わせる"));

        assertThat(updateTheme.run(ADMIN, "succession", form)).isEqualTo(Outcome.refused("theme.unchanged"));
        assertThat(updateTheme.run(ADMIN, "startup", form))
                .isEqualTo(invalid(problem("name", "theme.name.exists", "事業承継・引継ぎ")));
        assertThat(updateTheme.run(ADMIN, "no-such-theme", form)).isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void aThemeChosenByAnOverrideIsNotRetiredAndAnUnusedOneLeavesComparisonsUntilRestored() {
        assertThat(overrideThemes.run(COORDINATOR, KUMAMOTO, LOCAL_FOOD, List.of("food", "sales"), "")).isInstanceOf(Outcome.Done.class);
        assertThat(retireTheme.run(COORDINATOR, "sales", true, "")).isEqualTo(Outcome.refused("theme.in-use", "販路開拓・輸出", 1));
        assertThat(comparisons.theme("sales")).isPresent();
        assertThat(comparisons.themes()).extracting(Theme::code).contains("sales");

        var welfareBefore = comparisons.compare(PlanYearRef.parseList(BOTH)).columns().get(1).cell("welfare").projects();
        assertThat(welfareBefore).isPositive();
        assertThat(retireTheme.run(COORDINATOR, "welfare", true, "働き方は人材確保に含める"))
                .isEqualTo(done("theme.retired", "働き方・福祉", null));
        var comparison = comparisons.compare(PlanYearRef.parseList(BOTH));
        assertThat(comparison.themes()).extracting(Theme::code).doesNotContain("welfare").hasSize(12);
        assertThat(comparisons.projectThemes(KUMAMOTO)).allSatisfy(p -> assertThat(p.effective()).doesNotContain("welfare"));
        assertThat(overrideThemes.run(COORDINATOR, KUMAMOTO, LOCAL_FOOD, List.of("welfare"), ""))
                .isEqualTo(invalid(problem("theme", "theme.unknown", "welfare")));
        // Its name still reads in old entries and pages.
        assertThat(comparisons.themeName("welfare")).isEqualTo("働き方・福祉");
        assertThat(retireTheme.run(COORDINATOR, "welfare", true, "")).isEqualTo(Outcome.refused("theme.already-retired", "働き方・福祉"));

        assertThat(retireTheme.run(COORDINATOR, "welfare", false, "")).isEqualTo(done("theme.restored", "働き方・福祉", null));
        assertThat(comparisons.compare(PlanYearRef.parseList(BOTH)).columns().get(1).cell("welfare").projects())
                .isEqualTo(welfareBefore);
        assertThat(history.of("welfare")).extracting(AuditEntry::action, AuditEntry::field, AuditEntry::oldValue,
                        AuditEntry::newValue, AuditEntry::reason)
                .containsExactly(tuple("RETIRE_THEME", "themeStatus", "ACTIVE", "RETIRED", "働き方は人材確保に含める"),
                        tuple("RESTORE_THEME", "themeStatus", "RETIRED", "ACTIVE", null));
    }

    @Test
    void anOverrideIsInTheProjectsAuditTrailWithTheOldAndNewThemes() {
        assertThat(overrideThemes.run(COORDINATOR, KUMAMOTO, LOCAL_FOOD, List.of("food", "sales"), "物産展の出展を含む"))
                .isEqualTo(done("theme.decided", LOCAL_FOOD, null));
        // The same themes again: a decision without a changed field.
        assertThat(overrideThemes.run(ADMIN, KUMAMOTO, LOCAL_FOOD, List.of("food", "sales", "food"), "")).isInstanceOf(Outcome.Done.class);
        assertThat(overrideThemes.run(ADMIN, KUMAMOTO, LOCAL_FOOD, List.of(), "")).isInstanceOf(Outcome.Done.class);

        assertThat(audit.forProject(KUMAMOTO, LOCAL_FOOD)).extracting(AuditEntry::actor, AuditEntry::action,
                        AuditEntry::fiscalYear, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue,
                        AuditEntry::reason)
                .containsExactly(
                        tuple("jimukyoku", "OVERRIDE_THEMES", null, "themes", "food", "sales food", "物産展の出展を含む"),
                        tuple("admin", "OVERRIDE_THEMES", null, null, null, null, null),
                        tuple("admin", "OVERRIDE_THEMES", null, "themes", "sales food", "", null));
        assertThat(comparisons.projectThemes(KUMAMOTO, LOCAL_FOOD).orElseThrow().effective()).isEmpty();
    }

    @Test
    void onlyCoordinatorsAndAdministratorsDecideThemes() {
        long before = writes();
        for (var actor : List.of(new Actor("tokyo", Role.ORG_EDITOR, Set.of()), new Actor("viewer", Role.VIEWER, Set.of()))) {
            assertThat(addTheme.run(actor, GREEN)).isInstanceOf(Outcome.Denied.class);
            assertThat(updateTheme.run(actor, "startup", GREEN)).isInstanceOf(Outcome.Denied.class);
            assertThat(retireTheme.run(actor, "welfare", true, "")).isInstanceOf(Outcome.Denied.class);
            assertThat(overrideThemes.run(actor, KUMAMOTO, LOCAL_FOOD, List.of("sales"), "")).isInstanceOf(Outcome.Denied.class);
        }
        assertThat(writes()).isEqualTo(before);
        assertThat(overrideThemes.run(COORDINATOR, KUMAMOTO, "no such project", List.of(), ""))
                .isInstanceOf(Outcome.NotFound.class);
    }

    private static Outcome done(String code, Object arg, String ref) {
        return new Outcome.Done(jp.shinko.command.Message.of(code, arg), ref);
    }

    private static Outcome invalid(jp.shinko.command.Problem... problems) {
        return Outcome.invalid(List.of(problems));
    }

    private static jp.shinko.command.Problem problem(String field, String code, Object... args) {
        return jp.shinko.command.Problem.of(field, code, args);
    }

    /** Every row a theme decision writes. */
    private long writes() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM themes) + (SELECT COUNT(*) FROM theme_overrides)
                     + (SELECT COUNT(*) FROM audit_entries) + (SELECT COUNT(*) FROM themes WHERE retired)""")
                .query(Long.class).single();
    }
}

package jp.shinko.web;

import static jp.shinko.web.AuthorizationMatrixTest.Who.ADMIN;
import static jp.shinko.web.AuthorizationMatrixTest.Who.ANONYMOUS;
import static jp.shinko.web.AuthorizationMatrixTest.Who.COORDINATOR;
import static jp.shinko.web.AuthorizationMatrixTest.Who.EDITOR_OF_ANOTHER_ORGANIZATION;
import static jp.shinko.web.AuthorizationMatrixTest.Who.EDITOR_OF_THE_ORGANIZATION;
import static jp.shinko.web.AuthorizationMatrixTest.Who.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import jp.shinko.cycle.Accounts;
import jp.shinko.cycle.AddUser;
import jp.shinko.cycle.CycleFixture;
import jp.shinko.cycle.OpenFiscalYear;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.SubmitYearRecord;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.plan.RecordStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every state-changing endpoint against every role and an anonymous visitor: allowed ones reach
 * their command (whatever it then decides), denied ones get 403 and change nothing, anonymous
 * visitors are sent to the login page. Each case runs in a transaction that is rolled back.
 * Subjects: record 8 (a draft of 東京事務所) and record 70 (東京事務所, submitted).
 */
@CycleWebTest
@Transactional
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final String ROUND = "/cycle/" + CycleFixture.KAGOSHIMA + "/2021";

    /** Who asks. */
    enum Who {
        ANONYMOUS, ADMIN, COORDINATOR, EDITOR_OF_THE_ORGANIZATION, EDITOR_OF_ANOTHER_ORGANIZATION, VIEWER
    }

    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Who> COORDINATING = EnumSet.of(ADMIN, COORDINATOR);
    private static final Set<Who> EDITING = EnumSet.of(ADMIN, COORDINATOR, EDITOR_OF_THE_ORGANIZATION);

    /** The current versions of the subject records, for the forms' optimistic lock. */
    record Versions(int draft, int submitted) {
    }

    /** A state-changing endpoint, the request it takes, and who may call it. */
    enum Endpoint {
        OPEN_YEAR(COORDINATING, v -> post("/cycle/" + CycleFixture.KAGOSHIMA + "/open").param("year", "2022")),
        SAVE_RECORD(EDITING, v -> form(post(ROUND + "/records/8"), v.draft())),
        SUBMIT_RECORD(EDITING, v -> form(post(ROUND + "/records/8/submit"), v.draft())),
        RETURN_RECORD(COORDINATING, v -> post(ROUND + "/records/70/return")
                .param("version", String.valueOf(v.submitted())).param("comment", "決算額を確認してください")),
        APPROVE_RECORD(COORDINATING, v -> post(ROUND + "/records/70/approve")
                .param("version", String.valueOf(v.submitted()))),
        REGISTER_PROJECT(EDITING, v -> post(ROUND + "/projects").param("name", "首都圏ビジネスマッチング事業")
                .param("organization", CycleFixture.TOKYO_OFFICE).param("node", "1/1/1/1").param("summary", "")),
        RENAME_PROJECT(EDITING, v -> post(ROUND + "/records/8/rename").param("name", "首都圏“食の都かごしま”発信事業")),
        END_PROJECT(EDITING, v -> post(ROUND + "/records/8/end").param("version", String.valueOf(v.draft()))
                .param("endedLastYear", "false")),
        MERGE_PROJECT(EDITING, v -> post(ROUND + "/records/8/merge").param("version", String.valueOf(v.draft()))
                .param("into", "70")),
        PUBLISH_YEAR(COORDINATING, v -> post(ROUND + "/publish").param("confirmed", "true")),
        CORRECT_PUBLISHED(COORDINATING, v -> form(post(ROUND + "/records/8/correct"), v.draft())
                .param("reason", "転記誤り")),
        ADD_USER(EnumSet.of(ADMIN), v -> post("/admin/users").param("username", "suzuki").param("role", "VIEWER")
                .param("password", "a long enough password")),
        UPDATE_USER(EnumSet.of(ADMIN), v -> post("/admin/users/viewer").param("role", "COORDINATOR")),
        SET_PASSWORD(EnumSet.of(ADMIN), v -> post("/admin/users/viewer/password")
                .param("password", "another long password")),
        DISABLE_USER(EnumSet.of(ADMIN), v -> post("/admin/users/viewer/enabled").param("enabled", "false")),
        ADD_ORGANIZATION(EnumSet.of(ADMIN), v -> post("/admin/organizations/" + CycleFixture.KAGOSHIMA)
                .param("name", "産業振興課").param("kind", "CITY_DEPARTMENT")),
        CHANGE_OWN_PASSWORD(SIGNED_IN, v -> post("/account/password").param("current", "not my password")
                .param("password", "a new long password").param("confirmation", "a new long password")),
        DECIDE_PROJECT_THEMES(COORDINATING, v -> post("/plans/" + CycleFixture.KAGOSHIMA + "/projects/8/themes")
                .param("theme", "sales").param("reason", "")),
        ADD_THEME(COORDINATING, v -> post("/themes/edit").param("code", "green").param("name", "脱炭素・GX")
                .param("description", "脱炭素経営").param("order", "14").param("reason", "")),
        UPDATE_THEME(COORDINATING, v -> post("/themes/edit/succession").param("name", "事業承継・引継ぎ")
                .param("description", "事業承継・事業引継ぎ、後継者の確保").param("order", "2").param("reason", "")),
        RETIRE_THEME(COORDINATING, v -> post("/themes/edit/welfare/retired").param("retired", "true")
                .param("reason", ""));

        final Set<Who> allowed;
        final Function<Versions, MockHttpServletRequestBuilder> request;

        Endpoint(Set<Who> allowed, Function<Versions, MockHttpServletRequestBuilder> request) {
            this.allowed = allowed;
            this.request = request;
        }

        private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, int version) {
            return request.param("version", String.valueOf(version)).param("budget", "１，２００")
                    .param("previousSettled", "1,150").param("content", "フェア開催").param("evaluation", "○")
                    .param("outlook", "継続予定");
        }
    }

    static Stream<Arguments> cases() {
        return Arrays.stream(Endpoint.values())
                .flatMap(endpoint -> Arrays.stream(Who.values()).map(who -> Arguments.of(endpoint, who)));
    }

    @Autowired MockMvc mvc;
    @Autowired RoundQueries queries;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void prepare(@Autowired ImportDocuments imports, @Autowired AddUser addUser, @Autowired Accounts accounts,
                 @Autowired OpenFiscalYear open, @Autowired SubmitYearRecord submit) {
        CycleFixture.prepare(imports, addUser, accounts, open);
        var record = queries.record(CycleFixture.KAGOSHIMA, CycleFixture.FY2021, "70").orElseThrow();
        if (record.status() == RecordStatus.DRAFT) {
            submit.run(CycleFixture.TOKYO, CycleFixture.KAGOSHIMA, CycleFixture.FY2021, "70",
                    CycleFixture.completeForm(record.version()));
        }
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("cases")
    void onlyTheAllowedMayChangeAnything(Endpoint endpoint, Who who) throws Exception {
        var versions = new Versions(version("8"), version("70"));
        long changesBefore = changes();
        var request = endpoint.request.apply(versions).with(csrf());
        if (who != ANONYMOUS) {
            request = request.with(signedIn(who));
        }
        var response = mvc.perform(request).andReturn().getResponse();

        if (who == ANONYMOUS) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
            assertThat(changes()).isEqualTo(changesBefore);
        } else if (endpoint.allowed.contains(who)) {
            assertThat(response.getStatus()).as("allowed").isNotEqualTo(403).isLessThan(500);
            assertThat(response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl()).as("allowed")
                    .doesNotEndWith("/login");
        } else {
            assertThat(response.getStatus()).as("denied").isEqualTo(403);
            assertThat(changes()).as("a denied request changes nothing").isEqualTo(changesBefore);
            assertThat(version("8")).isEqualTo(versions.draft());
            assertThat(version("70")).isEqualTo(versions.submitted());
        }
    }

    @Test
    void anAllowedRequestReallyChangesTheRecord() throws Exception {
        int before = version("8");
        var response = mvc.perform(Endpoint.SAVE_RECORD.request.apply(new Versions(before, version("70")))
                        .with(csrf()).with(signedIn(EDITOR_OF_THE_ORGANIZATION)))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo(ROUND + "/records/8");
        assertThat(version("8")).isEqualTo(before + 1);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(Who who) {
        return switch (who) {
            case ADMIN -> user("admin").roles("ADMIN");
            case COORDINATOR -> user("coordinator").roles("COORDINATOR");
            case EDITOR_OF_THE_ORGANIZATION -> user("tokyo").roles("ORG_EDITOR");
            case EDITOR_OF_ANOTHER_ORGANIZATION -> user("intl").roles("ORG_EDITOR");
            case VIEWER -> user("viewer").roles("VIEWER");
            case ANONYMOUS -> throw new IllegalArgumentException("anonymous has no user");
        };
    }

    private int version(String projectKey) {
        return queries.record(CycleFixture.KAGOSHIMA, CycleFixture.FY2021, projectKey).orElseThrow().version();
    }

    /** Every table a request could change leaves a trace here or in the users table. */
    private long changes() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM audit_entries) + (SELECT COUNT(*) FROM users)"
                + " + (SELECT COUNT(*) FROM rounds) + (SELECT COUNT(*) FROM organizations)"
                + " + (SELECT COUNT(*) FROM themes) + (SELECT COUNT(*) FROM themes WHERE retired)"
                + " + (SELECT COUNT(*) FROM theme_overrides)").query(Long.class).single();
    }
}

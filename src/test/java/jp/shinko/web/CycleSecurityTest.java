package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import jp.shinko.cycle.Accounts;
import jp.shinko.cycle.AddUser;
import jp.shinko.cycle.CycleFixture;
import jp.shinko.cycle.OpenFiscalYear;
import jp.shinko.ingest.ImportDocuments;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sign-in and the HTTP rules around it: public reading without login, CSRF on every form, a new
 * session id at login, throttled logins, session cookie attributes, and the one-time password.
 */
@CycleWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CycleSecurityTest {

    private static final String PLAN = CycleFixture.KAGOSHIMA;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @BeforeAll
    void setUp(@Autowired ImportDocuments imports, @Autowired AddUser addUser, @Autowired Accounts accounts,
               @Autowired OpenFiscalYear open) {
        CycleFixture.prepare(imports, addUser, accounts, open);
    }

    private static MockHttpServletRequestBuilder login(String username, String password) {
        return post("/login").param("username", username).param("password", password).with(csrf());
    }

    @Test
    void publishedDataIsReadWithoutLoginAndTheRoundIsNot() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        for (var path : List.of("/plans/" + PLAN, "/search", "/api/v1/plans")) {
            // Other modules serve these; whatever they answer, it is not a demand to sign in.
            var answer = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(answer.getStatus()).as(path).isNotIn(401, 403);
            assertThat(answer.getRedirectedUrl()).as(path).isNull();
        }
        for (var path : List.of("/cycle", "/cycle/" + PLAN + "/2021", "/audit", "/admin/users", "/account/password")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
        // A year that is not published yet has no public list, and the home page leaves its drafts out.
        mvc.perform(get("/cycle/" + PLAN + "/2021/published")).andExpect(status().isNotFound());
        mvc.perform(get("/"))
                .andExpect(xpath("//article[@id='plan-" + PLAN + "']//tbody/tr/th").nodeCount(2))
                .andExpect(xpath("//article[@id='plan-" + PLAN + "']//tbody/tr[2]/th").string("令和2年度（2020年度）"));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRejected() throws Exception {
        var tokyo = user("tokyo").roles("ORG_EDITOR");
        mvc.perform(post("/cycle/" + PLAN + "/2021/records/8").with(tokyo).param("budget", "100").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "tokyo").param("password", CycleFixture.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(tokyo)).andExpect(status().isForbidden());
        // Every form the app renders carries the token.
        mvc.perform(get("/cycle/" + PLAN + "/2021/records/8").with(tokyo))
                .andExpect(status().isOk())
                .andExpect(xpath("count(//form[@method='post'])").number(Matchers.greaterThanOrEqualTo(5.0)))
                .andExpect(xpath("count(//form[@method='post'][not(input[@name='_csrf'])])").number(0.0));
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        var session = new MockHttpSession();
        var before = session.getId();
        var result = mvc.perform(login("coordinator", CycleFixture.PASSWORD).session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/cycle"))
                .andReturn();
        var after = result.getRequest().getSession(false).getId();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        clearFailures();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("viewer", "wrong password " + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("viewer", CycleFixture.PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(Matchers.containsString(
                        "ログインの失敗が続いたため、このアカウント（または接続元）は一時的にロックされています。15分ほど待ってからやり直してください。")));
        // Another account from the same address is not locked by it.
        mvc.perform(login("coordinator", CycleFixture.PASSWORD)).andExpect(redirectedUrl("/cycle"));
        // The failures age out of the 15-minute window.
        jdbc.sql("UPDATE login_failures SET failed_at = failed_at - INTERVAL '16' MINUTE").update();
        mvc.perform(login("viewer", CycleFixture.PASSWORD)).andExpect(redirectedUrl("/cycle"));
        clearFailures();
    }

    @Test
    void fiftyFailuresFromOneAddressBlockThatAddressOnly() throws Exception {
        clearFailures();
        for (int i = 0; i < 50; i++) {
            mvc.perform(login("guess" + i, "guess").with(r -> {
                r.setRemoteAddr("192.0.2.7");
                return r;
            })).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("coordinator", CycleFixture.PASSWORD).with(r -> {
            r.setRemoteAddr("192.0.2.7");
            return r;
        })).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(login("coordinator", CycleFixture.PASSWORD).with(r -> {
            r.setRemoteAddr("192.0.2.8");
            return r;
        })).andExpect(redirectedUrl("/cycle"));
        clearFailures();
    }

    @Test
    void aDisabledUserFailsLikeAWrongPassword(@Autowired jp.shinko.cycle.SetUserEnabled setEnabled) throws Exception {
        clearFailures();
        setEnabled.run(CycleFixture.ADMIN, "intl", false);
        mvc.perform(login("intl", CycleFixture.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        // A session that was signed in before can do nothing either.
        mvc.perform(get("/cycle").with(user("intl").roles("ORG_EDITOR"))).andExpect(status().isForbidden());
        setEnabled.run(CycleFixture.ADMIN, "intl", true);
        mvc.perform(login("intl", CycleFixture.PASSWORD)).andExpect(redirectedUrl("/cycle"));
        clearFailures();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        var cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse(@Autowired Accounts accounts,
                                                          @Autowired AddUser addUser) throws Exception {
        clearFailures();
        addUser.run(CycleFixture.ADMIN, new jp.shinko.cycle.NewUser("newcomer", "", jp.shinko.audit.Role.VIEWER,
                java.util.Set.of(), "temporary password 1", true));
        var session = new MockHttpSession();
        var login = mvc.perform(login("newcomer", "temporary password 1").session(session))
                .andExpect(redirectedUrl("/account/password")).andReturn();
        var signedIn = (MockHttpSession) login.getRequest().getSession(false);
        mvc.perform(get("/cycle").session(signedIn)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").session(signedIn).with(csrf())
                        .param("current", "temporary password 1").param("password", "short")
                        .param("confirmation", "short"))
                .andExpect(status().is(422))
                .andExpect(xpath("//ul[@id='problems-password']/li").string("パスワードは12文字以上にしてください。"));
        mvc.perform(post("/account/password").session(signedIn).with(csrf())
                        .param("current", "temporary password 1").param("password", "my own passphrase")
                        .param("confirmation", "my own passphrase"))
                .andExpect(redirectedUrl("/cycle"));
        mvc.perform(get("/cycle").session(signedIn)).andExpect(status().isOk());
        assertThat(accounts.mustChangePassword("newcomer")).isFalse();
    }

    private void clearFailures() {
        jdbc.sql("DELETE FROM login_failures").update();
    }
}

package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.charset.StandardCharsets;
import jp.shinko.cycle.Accounts;
import jp.shinko.cycle.AddUser;
import jp.shinko.cycle.CycleFixture;
import jp.shinko.cycle.OpenFiscalYear;
import jp.shinko.ingest.ImportDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The theme editor over HTTP: who reaches it, CSRF, the Japanese reasons for refused input, and
 * theme decisions showing in the audit trail's pages and CSV. Each test rolls back.
 */
@CycleWebTest
@Transactional
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeTaxonomyPageTest {

    private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor TOKYO = user("tokyo").roles("ORG_EDITOR");
    private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");
    private static final String LOCAL_FOOD = "/plans/" + CycleFixture.KUMAMOTO + "/projects/地産地消事業";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void prepare(@Autowired ImportDocuments imports, @Autowired AddUser addUser, @Autowired Accounts accounts,
                 @Autowired OpenFiscalYear open) {
        CycleFixture.prepare(imports, addUser, accounts, open);
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder addGreen() {
        return post("/themes/edit").param("code", "green").param("name", "脱炭素・GX")
                .param("description", "省エネルギー・再生可能エネルギーの導入支援、脱炭素経営").param("order", "14")
                .param("reason", "");
    }

    @Test
    void coordinatorsAndAdministratorsReachTheEditorOthersDoNot() throws Exception {
        for (var url : new String[] {"/themes/edit", "/themes/edit/startup"}) {
            mvc.perform(get(url).with(COORDINATOR)).andExpect(status().isOk());
            mvc.perform(get(url).with(ADMIN)).andExpect(status().isOk());
            mvc.perform(get(url).with(TOKYO)).andExpect(status().isForbidden());
            mvc.perform(get(url).with(VIEWER)).andExpect(status().isForbidden());
            mvc.perform(get(url)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/themes/edit/no-such-theme").with(COORDINATOR)).andExpect(status().isNotFound());
        mvc.perform(get("/themes/edit").with(COORDINATOR))
                .andExpect(xpath("count(//table[@id='taxonomy']/tbody/tr)").number(13.0))
                .andExpect(xpath("//tr[@id='theme-succession']/td[4]").string("あり（語 4 個）"))
                .andExpect(xpath("count(//form[@method='post'][not(input[@name='_csrf'])])").number(0.0));
        // Linked from the comparison, the list of themes, the project page and the round's menu, for them only.
        for (var url : new String[] {"/compare", "/themes", LOCAL_FOOD, "/cycle"}) {
            assertThat(page(url, COORDINATOR)).as(url).contains("href=\"/themes/edit\"");
        }
        for (var url : new String[] {"/compare", "/themes", LOCAL_FOOD, "/cycle"}) {
            assertThat(page(url, TOKYO)).as(url).doesNotContain("href=\"/themes/edit\"");
        }
        assertThat(page("/audit", COORDINATOR)).contains("href=\"/themes/edit#history\"");
        assertThat(page("/audit", TOKYO)).doesNotContain("/themes/edit");
    }

    @Test
    void aThemeFormPostedWithoutItsCsrfTokenIsRejected() throws Exception {
        long before = writes();
        mvc.perform(addGreen().with(COORDINATOR)).andExpect(status().isForbidden());
        mvc.perform(post("/themes/edit/startup").param("name", "起業").param("description", "創業")
                .param("order", "1").with(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(post("/themes/edit/welfare/retired").param("retired", "true").with(ADMIN))
                .andExpect(status().isForbidden());
        mvc.perform(post(LOCAL_FOOD + "/themes").param("theme", "sales").with(COORDINATOR))
                .andExpect(status().isForbidden());
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void refusedInputIsShownAgainWithTheReasonsInJapaneseBesideTheFields() throws Exception {
        long before = writes();
        mvc.perform(post("/themes/edit").param("code", "Green").param("name", "創業支援").param("description", " ")
                        .param("order", "0").param("reason", "").with(COORDINATOR).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(xpath("//p[@class='alert']/a[@href='#add']").string(
                        "テーマを追加できませんでした。下の「テーマを追加する」で、赤字の項目を直してください。"))
                .andExpect(xpath("//ul[@id='problems-code']/li").string(
                        "コードは半角英小文字で始め、半角英小文字・数字・ハイフン（-）だけで2〜32文字にしてください（例: green-energy）。"))
                .andExpect(xpath("//ul[@id='problems-name']/li").string(
                        "「創業支援」という名前のテーマはすでにあります（廃止したテーマを含みます）。"))
                .andExpect(xpath("//ul[@id='problems-description']/li").string("含むもの（テーマの説明）を入力してください。"))
                .andExpect(xpath("//ul[@id='problems-order']/li").string("表示順は1から9999までの整数で入力してください。"))
                .andExpect(xpath("//input[@id='code']/@value").string("Green"));
        mvc.perform(post("/themes/edit/succession").param("name", "").param("description", "事業承継")
                        .param("order", "２").with(ADMIN).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(xpath("//ul[@id='problems-name']/li").string("テーマ名を入力してください。"))
                .andExpect(xpath("count(//ul[@id='problems-order'])").number(0.0));
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void anAddedThemeIsListedWithoutAnAutomaticRuleAndCanBeChosenForAProject() throws Exception {
        mvc.perform(addGreen().with(COORDINATOR).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/themes/edit"))
                .andExpect(flash().attribute("notice",
                        "テーマ「脱炭素・GX」を追加しました。自動判定の語はないため、事業に付けるには各事業のページで選んでください。"));
        mvc.perform(get("/themes/edit").with(COORDINATOR))
                .andExpect(xpath("//tr[@id='theme-green']/td[4]").string("なし（手動で選んだ事業だけ）"))
                .andExpect(xpath("//table[@id='theme-history']/tbody/tr[1]/td[3]").string("テーマの追加"))
                .andExpect(xpath("//table[@id='theme-history']/tbody/tr[1]/td[4]").string("green"));
        assertThat(page("/themes/edit/green", COORDINATOR)).contains(
                "自動判定: このテーマには自動判定の語がありません（アプリで追加したテーマ）。事業に付けるには、各事業のページで手動で選んでください。");
        assertThat(page("/themes", VIEWER)).contains("脱炭素・GX", "自動判定の語がないテーマです。手動で選ばれた事業だけに付きます。");
        mvc.perform(get(LOCAL_FOOD).with(COORDINATOR))
                .andExpect(xpath("//form[@class='theme-override']//input[@value='green']").exists());

        mvc.perform(post("/themes/edit/green").param("name", "脱炭素・GX・省エネ").param("description", "脱炭素経営")
                        .param("order", "１").param("reason", "県の区分に合わせる").with(ADMIN).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/themes/edit"))
                .andExpect(flash().attribute("notice", "テーマ「脱炭素・GX・省エネ」を保存しました。"));
        mvc.perform(get("/themes/edit").with(ADMIN))
                .andExpect(xpath("//table[@id='taxonomy']/tbody/tr[1]/@id").string("theme-green"))
                .andExpect(xpath("//table[@id='theme-history']/tbody/tr[last()]/td[5]").string("表示順"))
                .andExpect(xpath("//table[@id='theme-history']/tbody/tr[last()]/td[6]").string("14"))
                .andExpect(xpath("//table[@id='theme-history']/tbody/tr[last()]/td[7]").string("1"))
                .andExpect(xpath("//table[@id='theme-history']/tbody/tr[last()]/td[8]").string("県の区分に合わせる"));
    }

    @Test
    void aProjectsThemeDecisionIsInItsAuditHistoryAndTheCsv() throws Exception {
        mvc.perform(post(LOCAL_FOOD + "/themes").param("theme", "food").param("theme", "sales")
                        .param("reason", "物産展の出展を含む").with(COORDINATOR).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/plans/kumamoto-chusho/projects/%E5%9C%B0%E7%94%A3%E5%9C%B0%E6%B6%88%E4%BA%8B%E6%A5%AD#themes"))
                .andExpect(flash().attribute("notice", "「地産地消事業」のテーマを保存しました。変更履歴に記録しています。"));

        // Other tests of this shared database may have opened a Kumamoto round: only this action is counted.
        var audit = "/audit/" + CycleFixture.KUMAMOTO;
        var row = "//table[@id='entries']/tbody/tr[td[3]='事業のテーマの決定']";
        mvc.perform(get(audit).param("project", "地産地消事業").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("count(" + row + ")").number(1.0))
                .andExpect(xpath(row + "/td[5]").string("地産地消事業"))
                .andExpect(xpath(row + "/td[6]").string("テーマ"))
                .andExpect(xpath(row + "/td[7]").string("農商工連携・6次産業化・食"))
                .andExpect(xpath(row + "/td[8]").string("販路開拓・輸出、農商工連携・6次産業化・食"))
                .andExpect(xpath(row + "/td[9]").string("物産展の出展を含む"));
        var csv = mvc.perform(get(audit + "/audit.csv").with(VIEWER)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        var lines = csv.lines().filter(line -> line.contains(",OVERRIDE_THEMES,")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches("\\d+,\\d{4}-\\d\\d-\\d\\dT[0-9:.]+\\+09:00,coordinator,OVERRIDE_THEMES,"
                + "事業のテーマの決定,kumamoto-chusho,,地産地消事業,,テーマ,food,sales food,物産展の出展を含む");
    }

    @Test
    void aThemeChosenByAProjectIsNotRetiredAndARetirementIsAnAdministrationEntry() throws Exception {
        mvc.perform(post(LOCAL_FOOD + "/themes").param("theme", "sales").with(COORDINATOR).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/themes/edit/sales").with(COORDINATOR))
                .andExpect(xpath("//h2[@id='chosen']").string("このテーマを手動で選んでいる事業（1件）"))
                .andExpect(xpath("//ul[@id='chosen-projects']/li/a/@href").string(
                        "/plans/kumamoto-chusho/projects/%E5%9C%B0%E7%94%A3%E5%9C%B0%E6%B6%88%E4%BA%8B%E6%A5%AD#themes"))
                .andExpect(xpath("//ul[@id='chosen-projects']/li/a").string("地産地消事業"))
                .andExpect(xpath("//form[@id='retire-theme']").doesNotExist());
        mvc.perform(post("/themes/edit/sales/retired").param("retired", "true").with(COORDINATOR).with(csrf()))
                .andExpect(redirectedUrl("/themes/edit/sales"))
                .andExpect(flash().attribute("alert",
                        "「販路開拓・輸出」は1件の事業で手動で選ばれているため、廃止できません。先にそれらの事業のテーマを変えてください。"));

        mvc.perform(post("/themes/edit/welfare/retired").param("retired", "true").param("reason", "人材確保に統合")
                        .with(COORDINATOR).with(csrf()))
                .andExpect(redirectedUrl("/themes/edit/welfare"))
                .andExpect(flash().attribute("notice", "テーマ「働き方・福祉」を廃止しました。比較表・自動判定・テーマの選択肢には出ません。"));
        assertThat(page("/themes", VIEWER)).doesNotContain("働き方・福祉");
        mvc.perform(get("/themes/edit/welfare").with(COORDINATOR))
                .andExpect(xpath("//form[@id='restore-theme']").exists());
        mvc.perform(get("/audit").with(ADMIN))
                .andExpect(xpath("//table[@id='administration']/tbody/tr[last()]/td[3]").string("テーマの廃止"))
                .andExpect(xpath("//table[@id='administration']/tbody/tr[last()]/td[4]").string("welfare"))
                .andExpect(xpath("//table[@id='administration']/tbody/tr[last()]/td[6]").string("使用中"))
                .andExpect(xpath("//table[@id='administration']/tbody/tr[last()]/td[7]").string("廃止"));
    }

    /** Every row a theme decision writes. */
    private long writes() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM themes) + (SELECT COUNT(*) FROM theme_overrides)
                     + (SELECT COUNT(*) FROM audit_entries) + (SELECT COUNT(*) FROM themes WHERE retired)""")
                .query(Long.class).single();
    }
}

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

import jp.shinko.cycle.Accounts;
import jp.shinko.cycle.AddUser;
import jp.shinko.cycle.CycleFixture;
import jp.shinko.cycle.OpenFiscalYear;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.RoundRecord;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.RecordStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record form over HTTP: what editors type at the edge (full-width digits, commas, dashes,
 * rates), the Japanese messages for what is wrong, and the conflict page when two people save the
 * same record. Each test rolls back.
 */
@CycleWebTest
@Transactional
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CycleRecordPageTest {

    private static final String RECORD = "/cycle/" + CycleFixture.KAGOSHIMA + "/2021/records/";
    private static final RequestPostProcessor TOKYO = user("tokyo").roles("ORG_EDITOR");

    @Autowired MockMvc mvc;
    @Autowired RoundQueries queries;

    @BeforeAll
    void prepare(@Autowired ImportDocuments imports, @Autowired AddUser addUser, @Autowired Accounts accounts,
                 @Autowired OpenFiscalYear open) {
        CycleFixture.prepare(imports, addUser, accounts, open);
    }

    private RoundRecord record(String key) {
        return queries.record(CycleFixture.KAGOSHIMA, CycleFixture.FY2021, key).orElseThrow();
    }

    /** A save of record {@code key} at its current version with the given fields (others empty). */
    private MockHttpServletRequestBuilder save(String key, String... fields) {
        var request = post(RECORD + key).with(csrf()).with(TOKYO)
                .param("version", String.valueOf(record(key).version()));
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    @Test
    void fullWidthDigitsAndCommasAreReadAsThousandYen() throws Exception {
        mvc.perform(save("71", "budget", "１，２００", "previousSettled", "９８０", "content", "パンフレット配置",
                        "achievementRate", "８５．５％", "outlook", "継続予定"))
                .andExpect(redirectedUrl(RECORD + "71"))
                .andExpect(flash().attribute("notice", "下書きを保存しました。"));
        var saved = record("71");
        assertThat(saved.budget()).isEqualTo(Amount.ofThousandYen(1200));
        assertThat(saved.previousSettled()).isEqualTo(Amount.ofThousandYen(980));
        // 85.5 % is ○ on the plan's scale (○ from 70 %, ◎ from 100 %).
        assertThat(saved.previousEvaluation()).isEqualTo(Evaluation.of("○"));
        mvc.perform(get(RECORD + "71").with(TOKYO))
                .andExpect(xpath("//input[@id='budget']/@value").string("1,200"))
                .andExpect(xpath("//input[@id='achievementRate']/@value").string("85.5"));
    }

    @Test
    void aDashMeansNoBudgetAndNotRunNeedsNoSettlement() throws Exception {
        mvc.perform(post(RECORD + "72/submit").with(csrf()).with(TOKYO)
                        .param("version", String.valueOf(record("72").version()))
                        .param("budget", "―").param("content", "実施なし").param("evaluation", "―")
                        .param("outlook", "事業終了"))
                .andExpect(redirectedUrl(RECORD + "72"))
                .andExpect(flash().attribute("notice", "提出しました。事務局の確認をお待ちください。"));
        var submitted = record("72");
        assertThat(submitted.status()).isEqualTo(RecordStatus.SUBMITTED);
        assertThat(submitted.budget()).isEqualTo(Amount.none());
        assertThat(submitted.previousSettled()).isEqualTo(Amount.none());
    }

    @Test
    void badAmountsAreRefusedWithJapaneseMessagesUnderTheirFields() throws Exception {
        mvc.perform(save("170", "budget", "-5", "previousSettled", "1.5", "achievementRate", "たくさん",
                        "evaluation", "☆"))
                .andExpect(status().is(422))
                .andExpect(xpath("//ul[@id='problems-budget']/li")
                        .string("金額は0以上の整数（千円）で入力してください。"))
                .andExpect(xpath("//ul[@id='problems-previousSettled']/li")
                        .string("金額は千円単位の整数で入力してください（小数は使えません）。"))
                .andExpect(xpath("//ul[@id='problems-achievementRate']/li")
                        .string("達成率は数字（％）で入力してください（例: 85、85.5）。"))
                .andExpect(xpath("//ul[@id='problems-evaluation']/li")
                        .string("評価「☆」はこの計画の評価基準（◎ ○ △ ―）にありません。"))
                // What was typed is shown again, and nothing was saved.
                .andExpect(xpath("//input[@id='budget']/@value").string("-5"));
        assertThat(record("170").started()).isFalse();
        mvc.perform(save("170", "budget", "1,2,0,0")).andExpect(status().is(422))
                .andExpect(xpath("//ul[@id='problems-budget']/li")
                        .string("金額は千円単位の整数で入力してください（例: 1200、１，２００。事業費がない場合は ― ）。"));
    }

    @Test
    void aRateThatContradictsTheChosenMarkIsRefused() throws Exception {
        mvc.perform(save("170", "achievementRate", "85", "evaluation", "◎"))
                .andExpect(status().is(422))
                .andExpect(xpath("//ul[@id='problems-evaluation']/li")
                        .string("達成率 85％ は評価基準では ○ ですが、◎ が選ばれています。どちらかを直してください。"));
    }

    @Test
    void submittingAnIncompleteRecordListsWhatIsMissing() throws Exception {
        mvc.perform(post(RECORD + "170/submit").with(csrf()).with(TOKYO)
                        .param("version", String.valueOf(record("170").version()))
                        .param("content", "首都圏での企業誘致").param("outlook", "拡充予定"))
                .andExpect(status().is(422))
                .andExpect(xpath("//ul[@id='problems-budget']/li").string("予算額を入力してください（事業費がない場合は ― ）。"))
                .andExpect(xpath("//ul[@id='problems-expansionNote']/li")
                        .string("見通しが「拡充」の場合は、拡充要素を入力してください。"))
                .andExpect(xpath("//ul[@id='problems-evaluation']/li")
                        .string("前年度の評価を選ぶか、達成率を入力してください。"))
                .andExpect(xpath("//ul[@id='problems-previousSettled']/li")
                        .string("前年度の決算額を入力してください（評価が ― の場合は不要です）。"));
        assertThat(record("170").status()).isEqualTo(RecordStatus.DRAFT);
    }

    @Test
    void theSecondOfTwoSavesSeesAConflictPageAndOverwritesNothing() throws Exception {
        int loaded = record("8").version();
        // The coordinator saves first, from a form loaded at the same version.
        mvc.perform(post(RECORD + "8").with(csrf()).with(user("coordinator").roles("COORDINATOR"))
                        .param("version", String.valueOf(loaded)).param("budget", "7,000").param("content", "事務局の修正"))
                .andExpect(redirectedUrl(RECORD + "8"));
        // The editor's save, from the form loaded before, is a conflict.
        mvc.perform(post(RECORD + "8").with(csrf()).with(TOKYO)
                        .param("version", String.valueOf(loaded)).param("budget", "7,500").param("content", "担当課の入力"))
                .andExpect(status().isConflict())
                .andExpect(xpath("//h1").string("ほかの人が先に保存しました"))
                .andExpect(xpath("//table[@id='versions']//tr[th='予算額（千円）']/td[1]").string("7,500"))
                .andExpect(xpath("//table[@id='versions']//tr[th='予算額（千円）']/td[2]").string("7,000"))
                .andExpect(xpath("//table[@id='versions']//tr[th='事業内容']/td[1]").string("担当課の入力"))
                .andExpect(xpath("//table[@id='versions']//tr[th='事業内容']/td[2]").string("事務局の修正"))
                .andExpect(xpath("//form[@id='retry-form']/input[@name='version']/@value")
                        .string(String.valueOf(loaded + 1)));
        var stored = record("8");
        assertThat(stored.budget()).isEqualTo(Amount.ofThousandYen(7000));
        assertThat(stored.content()).isEqualTo("事務局の修正");
        assertThat(stored.version()).isEqualTo(loaded + 1);

        // Continuing on top of the latest version shows the editor's values; saving them then works.
        mvc.perform(post(RECORD + "8/edit-again").with(csrf()).with(TOKYO)
                        .param("version", String.valueOf(loaded + 1)).param("budget", "7,500").param("content", "担当課の入力"))
                .andExpect(status().isOk())
                .andExpect(xpath("//input[@id='budget']/@value").string("7,500"))
                .andExpect(xpath("//form[@id='record-form']/input[@name='version']/@value").string(String.valueOf(loaded + 1)));
        assertThat(record("8").budget()).isEqualTo(Amount.ofThousandYen(7000));
        mvc.perform(post(RECORD + "8").with(csrf()).with(TOKYO)
                        .param("version", String.valueOf(loaded + 1)).param("budget", "7,500").param("content", "担当課の入力"))
                .andExpect(redirectedUrl(RECORD + "8"));
        assertThat(record("8").budget()).isEqualTo(Amount.ofThousandYen(7500));
    }

    @Test
    void theRoundPageShowsAnEditorOnlyTheirOrganizationsRecords() throws Exception {
        mvc.perform(get("/cycle/" + CycleFixture.KAGOSHIMA + "/2021").with(TOKYO))
                .andExpect(status().isOk())
                .andExpect(xpath("count(//table[@id='records']/tbody/tr)").number(5.0))
                .andExpect(xpath("//table[@id='records']/tbody/tr[1]/th/a").string("首都圏における“食の都かごしま”プロモーション事業"));
        mvc.perform(get("/cycle/" + CycleFixture.KAGOSHIMA + "/2021").with(user("viewer").roles("VIEWER")))
                .andExpect(xpath("count(//table[@id='records']/tbody/tr)").number(261.0));
    }

    @Test
    void theProgressPageCountsRecordsPerOrganization() throws Exception {
        mvc.perform(save("71", "budget", "100")).andExpect(status().isFound());
        mvc.perform(get("/cycle/" + CycleFixture.KAGOSHIMA + "/2021/progress").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(xpath("//table[@id='progress']//tr[th/a='東京事務所']/td[1]").string("5"))
                .andExpect(xpath("//table[@id='progress']//tr[th/a='東京事務所']/td[3]").string("1"))
                .andExpect(xpath("//ul[@id='not-started']/li[.='東京事務所']").doesNotExist())
                .andExpect(xpath("//ul[@id='not-started']/li[.='国際交流課']").exists());
    }

    @Test
    void aViewerReadsTheRecordWithoutAFormAndInEnglishOnRequest() throws Exception {
        mvc.perform(get(RECORD + "8").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(xpath("//form[@id='record-form']").doesNotExist())
                .andExpect(xpath("//button[@id='approve']").doesNotExist())
                .andExpect(xpath("//table[@id='values']/caption").string("Values"))
                .andExpect(xpath("//table[@id='values']//tr[1]/th").string("Budget (thousand yen)"))
                .andExpect(xpath("//dd[@id='status']/span").string("Not started"));
    }

    @Test
    void theAuditTrailIsShownWithTheImportLogAndExportedAsCsv() throws Exception {
        mvc.perform(save("71", "budget", "１００", "content", record("71").content())).andExpect(status().isFound());
        var viewer = user("viewer").roles("VIEWER");
        mvc.perform(get("/audit/" + CycleFixture.KAGOSHIMA).param("project", "71").with(viewer))
                .andExpect(status().isOk())
                .andExpect(xpath("//table[@id='entries']/tbody/tr[last()]/td[2]").string("tokyo"))
                .andExpect(xpath("//table[@id='entries']/tbody/tr[last()]/td[3]").string("下書きの保存"))
                .andExpect(xpath("//table[@id='entries']/tbody/tr[last()]/td[6]").string("予算額（千円）"))
                .andExpect(xpath("//table[@id='entries']/tbody/tr[last()]/td[8]").string("100"))
                .andExpect(xpath("//table[@id='entries']/tbody/tr[1]/td[3]").string("下書きの作成"))
                .andExpect(xpath("//table[@id='imports']/tbody/tr/td[2]/a").string("kagoshima-shokogyo-plan-r1-r2.txt"))
                .andExpect(xpath("//table[@id='imports']/tbody/tr/td[3]").string("新規取込み"));
        var csv = mvc.perform(get("/audit/" + CycleFixture.KAGOSHIMA + "/audit.csv").param("project", "71").with(viewer))
                .andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(csv.getContentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(csv.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"audit-kagoshima-shokogyo.csv\"");
        var lines = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF番号,日時,実施者,操作コード,操作,計画,年度,事業,対象,項目,変更前,変更後,理由");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).endsWith(",CREATE_DRAFT,下書きの作成,kagoshima-shokogyo,2021,71,,担当,,東京事務所,");
        assertThat(lines[2]).matches("\\d+,\\d{4}-\\d\\d-\\d\\dT[0-9:.]+\\+09:00,tokyo,UPDATE_RECORD,下書きの保存,"
                + "kagoshima-shokogyo,2021,71,,予算額（千円）,,100,");
    }
}

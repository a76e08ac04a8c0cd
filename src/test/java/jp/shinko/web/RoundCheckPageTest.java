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
import jp.shinko.cycle.RoundQueries;
import jp.shinko.ingest.ImportDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre-publication report of Kagoshima's FY2021 round: what the checks find in the records as
 * saved and in last year's reported settlements, per organization and as CSV; publishing only
 * after the coordinator confirms it; an editor's submission refused by an error.
 */
@CycleWebTest
@Transactional
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundCheckPageTest {

    private static final String ROUND = "/cycle/" + CycleFixture.KAGOSHIMA + "/2021";
    private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

    @Autowired MockMvc mvc;
    @Autowired RoundQueries queries;

    @BeforeAll
    void prepare(@Autowired ImportDocuments imports, @Autowired AddUser addUser, @Autowired Accounts accounts,
                 @Autowired OpenFiscalYear open) {
        CycleFixture.prepare(imports, addUser, accounts, open);
    }

    @Test
    void anErrorBlocksTheSubmissionAndTheReportListsWhatWasSavedUntilTheCoordinatorConfirms() throws Exception {
        var tokyo = user("tokyo").roles("ORG_EDITOR");
        var record = queries.records(queries.round(CycleFixture.KAGOSHIMA, CycleFixture.FY2021).orElseThrow()).stream()
                .filter(r -> r.projectKey().equals("8")).findFirst().orElseThrow();
        assertThat(queries.previousYear(record).orElseThrow().budget().thousandYen()).isEqualTo(6_844);
        mvc.perform(get(ROUND + "/checks").with(COORDINATOR))
                .andExpect(xpath("//p[@id='check-counts']").string("エラー 0 件、警告 0 件"))
                .andExpect(xpath("//p[@id='no-findings']").string("指摘はありません。"));

        // Saved: a FY2020 settlement above that year's budget of 6,844, and a FY2021 budget twenty times it.
        mvc.perform(form(post(ROUND + "/records/8"), record.version())).andExpect(status().is3xxRedirection());
        mvc.perform(get(ROUND + "/records/8").with(tokyo))
                .andExpect(xpath("//div[@id='record-findings']//li[@class='error']/span[2]")
                        .string("2020年度の決算額 6,845 千円が予算額 6,844 千円を上回っています。"))
                .andExpect(xpath("//div[@id='record-findings']//li[@class='warning']/span[2]")
                        .string("2020年度の 6,844 千円から 2021年度の予算額 136,880 千円へ、10倍以上（または10分の1以下）の変化です。"));
        mvc.perform(form(post(ROUND + "/records/8/submit"), record.version() + 1))
                .andExpect(status().isUnprocessableContent())
                .andExpect(xpath("//ul[@id='problems-previousSettled']/li")
                        .string("2020年度の決算額 6,845 千円が予算額 6,844 千円を上回っています。"));
        assertThat(queries.records(queries.round(CycleFixture.KAGOSHIMA, CycleFixture.FY2021).orElseThrow()).stream()
                .filter(r -> r.projectKey().equals("8")).findFirst().orElseThrow().status().name()).isEqualTo("DRAFT");

        mvc.perform(get(ROUND + "/checks").with(COORDINATOR))
                .andExpect(xpath("//p[@id='check-counts']").string("エラー 1 件、警告 1 件"))
                .andExpect(xpath("//h2[1]").string("東京事務所（2件）"))
                .andExpect(xpath("//table[@class='findings']//tr[@class='error']/td[3]").string("決算額が予算額を超過"))
                .andExpect(xpath("//label/span").string("点検結果（エラー 1 件、警告 1 件）を確認しました"));
        var csv = mvc.perform(get(ROUND + "/checks.csv").with(COORDINATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).containsExactly(
                "\uFEFF担当,番号,事業名,年度,重大度,ルール,内容",
                "東京事務所,8,首都圏における“食の都かごしま”プロモーション事業,2020,エラー,決算額が予算額を超過,"
                        + "\"2020年度の決算額 6,845 千円が予算額 6,844 千円を上回っています。\"",
                "東京事務所,8,首都圏における“食の都かごしま”プロモーション事業,2021,警告,予算額の急変,"
                        + "\"2020年度の 6,844 千円から 2021年度の予算額 136,880 千円へ、10倍以上（または10分の1以下）の変化です。\"");
        mvc.perform(get(ROUND + "/checks").with(user("intl").roles("ORG_EDITOR")))
                .andExpect(xpath("//p[@id='check-counts']").string("エラー 0 件、警告 0 件"))
                .andExpect(xpath("//form[@id='publish']").doesNotExist());

        mvc.perform(post(ROUND + "/publish").with(csrf()).with(COORDINATOR))
                .andExpect(redirectedUrl(ROUND + "/checks"))
                .andExpect(flash().attribute("alert", "公表する前に点検結果を確認し、確認欄にチェックを入れてください。"));
        assertThat(queries.round(CycleFixture.KAGOSHIMA, CycleFixture.FY2021).orElseThrow().isPublished()).isFalse();
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, int version) {
        return request.with(csrf()).with(user("tokyo").roles("ORG_EDITOR")).param("version", String.valueOf(version))
                .param("budget", "136,880").param("content", "フェア開催").param("outlook", "継続予定")
                .param("previousSettled", "6,845").param("evaluation", "○");
    }
}

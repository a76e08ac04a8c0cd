package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.store.PublishedPlanChanged;
import jp.shinko.search.TextPlans;
import jp.shinko.store.PlanRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The search page and the search API over both imported samples. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:search;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shinko.search.in-memory=true"})
@AutoConfigureMockMvc
class SearchPageTest {

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void importBothSamples(@Autowired ImportDocuments imports) {
        imports.run(List.of(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"),
                Path.of("samples/kumamoto-chusho-plan-r6.txt")), null);
    }

    @Test
    void searchPageListsHitsWithMarkedNamesSnippetsMoneyAndProjectLinks() throws Exception {
        mvc.perform(get("/search").param("q", "半導体"))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1").string("事業の検索"))
                .andExpect(xpath("//input[@id='search-q']/@value").string("半導体"))
                .andExpect(xpath("//p[@role='status']").string("「半導体」の検索結果: 1 件"))
                .andExpect(xpath("//li[@class='result']//h2/a/@href").string(
                        "/plans/kumamoto-chusho/projects/%E5%8D%8A%E5%B0%8E%E4%BD%93%E9%96%A2%E9%80%A3%E4%BC%81%E6%A5%AD%E8%AA%98%E8%87%B4%E5%BC%B7%E5%8C%96%E4%BA%8B%E6%A5%AD"))
                .andExpect(xpath("//li[@class='result']//h2/a/mark").string("半導体"))
                .andExpect(xpath("//li[@class='result']//h2/a").string("半導体関連企業誘致強化事業"))
                .andExpect(xpath("//li[@class='result']//span[@class='snippet-source']").string("事業概要"))
                .andExpect(xpath("count(//li[@class='result']//p[@class='result-snippet']//mark)").number(2.0))
                .andExpect(xpath("//li[@class='result']//ul[@class='result-years']/li").string(
                        org.hamcrest.Matchers.matchesPattern("\\s*令和6年度（2024年度）\\s+予算額 14,500 千円\\s*")));
    }

    @Test
    void facetLinksNarrowTheSameQuery() throws Exception {
        var page = mvc.perform(get("/search").param("q", "事業承継"))
                .andExpect(xpath("//p[@role='status']").string("「事業承継」の検索結果: 13 件"))
                .andExpect(xpath("//aside//section[1]//li[2]/a/span[1]").string("熊本市 熊本市中小企業・小規模企業振興基本計画"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/search?q=%E4%BA%8B%E6%A5%AD%E6%89%BF%E7%B6%99&amp;plan=kumamoto-chusho\"");

        mvc.perform(get("/search").param("q", "事業承継").param("plan", "kumamoto-chusho"))
                .andExpect(xpath("//p[@role='status']").string("「事業承継」の検索結果: 2 件"))
                .andExpect(xpath("//aside//section[1]//strong[@aria-current='true']")
                        .string("熊本市 熊本市中小企業・小規模企業振興基本計画"))
                .andExpect(xpath("//aside//section[1]//a[@class='clear']/@href")
                        .string("/search?q=%E4%BA%8B%E6%A5%AD%E6%89%BF%E7%B6%99"))
                .andExpect(xpath("//aside//section[2]//a/span[1]").string("令和6年度（2024年度）"));
    }

    @Test
    void everyPageHasASearchBoxInItsHeader() throws Exception {
        mvc.perform(get("/"))
                .andExpect(xpath("//header//form[@role='search']/@action").string("/search"))
                .andExpect(xpath("//header//form[@role='search']/label[@for='site-search-q']").string("事業を検索"))
                .andExpect(xpath("//header//form[@role='search']/input[@id='site-search-q']/@name").string("q"));
    }

    @Test
    void markupInDocumentsIsShownAsText(@Autowired PlanRepository plans, @Autowired TransactionTemplate transaction,
                                        @Autowired ApplicationEventPublisher events) throws Exception {
        transaction.executeWithoutResult(status -> {
            plans.save(TextPlans.of(Map.of("<i>ハッカソン</i>開催事業",
                    "<script>alert('ハッカソン')</script>ハッカソンを開催する。")));
            events.publishEvent(new PublishedPlanChanged(TextPlans.KEY));
        });
        mvc.perform(get("/search").param("q", "ハッカソン"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<i>"))))
                .andExpect(content().string(containsString(
                        "&lt;script&gt;alert(&#x27;<mark>ハッカソン</mark>&#x27;)&lt;&#x2F;script&gt;<mark>ハッカソン</mark>を開催する。")))
                .andExpect(xpath("//li[@class='result']//h2/a").string("<i>ハッカソン</i>開催事業"));
    }

    @Test
    void whateverIsTypedTheAnswerIsAPage() throws Exception {
        for (var typed : new String[] {"\"", "AND", "name:*", "[", "\\", "事業承継)", "%"}) {
            mvc.perform(get("/search").param("q", typed)).andExpect(status().isOk());
            mvc.perform(get("/api/v1/search").param("q", typed)).andExpect(status().isOk());
        }
        mvc.perform(get("/search").param("q", "事業承継").param("page", "x").param("year", "令和6"))
                .andExpect(status().isOk())
                .andExpect(xpath("//p[@role='status']").string("「事業承継」の検索結果: 13 件"));
        mvc.perform(get("/search"))
                .andExpect(status().isOk())
                .andExpect(xpath("//p[@class='empty']").string("探したい語を入力してください（例: 事業承継、インバウンド、商店街）。"));
    }

    @Test
    void theSearchPageSpeaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/search").param("q", "ＤＸ").param("lang", "en"))
                .andExpect(xpath("//h1").string("Search projects"))
                .andExpect(xpath("//p[@role='status']").string("Results for \"ＤＸ\": 1"));
    }

    @Test
    void theApiAnswersWithHitsAndFacetsAsJson() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "ＤＸ"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.query").value("ＤＸ"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].plan").value("kumamoto-chusho"))
                .andExpect(jsonPath("$.hits[0].name").value("中小企業等DXアクセラレーション事業"))
                .andExpect(jsonPath("$.hits[0].nameHtml").value("中小企業等<mark>DX</mark>アクセラレーション事業"))
                .andExpect(jsonPath("$.hits[0].url").value(
                        "/plans/kumamoto-chusho/projects/%E4%B8%AD%E5%B0%8F%E4%BC%81%E6%A5%AD%E7%AD%89DX%E3%82%A2%E3%82%AF%E3%82%BB%E3%83%A9%E3%83%AC%E3%83%BC%E3%82%B7%E3%83%A7%E3%83%B3%E4%BA%8B%E6%A5%AD"))
                .andExpect(jsonPath("$.hits[0].years[0].fiscalYear").value(2024))
                .andExpect(jsonPath("$.hits[0].years[0].budgetThousandYen").value(20000))
                .andExpect(jsonPath("$.hits[0].years[0].settledKind").value("NOT_STATED"))
                .andExpect(jsonPath("$.facets.plans[0].key").value("kumamoto-chusho"))
                .andExpect(jsonPath("$.facets.plans[0].count").value(1));
    }
}

package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProjectListPageTest extends SamplePages {

    @Test
    void kagoshimaListShowsFiftyOfAllProjectsInTheDocumentsOrder() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/projects"))
                .andExpect(status().isOk())
                .andExpect(xpath("//p[@class='count']").string("286件中 1～50件目を表示しています。"))
                .andExpect(xpath("//caption").string("事業一覧（1/6ページ、金額の単位は千円）"))
                .andExpect(xpath("count(//table[@class='projects']/tbody/tr)").number(50.0))
                .andExpect(xpath("//table[@class='projects']/tbody/tr[1]/td[1]").string("1"))
                .andExpect(xpath("//table[@class='projects']/tbody/tr[1]/th/a").string("「特産品協会だより」発行事業"))
                .andExpect(xpath("//table[@class='projects']/tbody/tr[1]/th/a/@href")
                        .string("/plans/kagoshima-shokogyo/projects/1"))
                // FY2019 settled and evaluation, FY2020 budget and outlook: the document's own columns.
                .andExpect(xpath("count(//table[@class='projects']/thead/tr/th)").number(8.0))
                .andExpect(xpath("//dd[@id='total-SETTLED-2019']").string("5,389,552"))
                .andExpect(xpath("//dd[@id='total-BUDGET-2020']").string("7,594,877"))
                .andExpect(xpath("//nav[@class='pagination']//a[@aria-current='page']").string("1"))
                .andExpect(xpath("//nav[@class='pagination']//a[@rel='next']/@href").string("?page=2"));
    }

    @Test
    void filteringByTheBestEvaluationGives85ProjectsAndTheirSettledTotal() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/projects").param("evaluation", "◎"))
                .andExpect(xpath("//p[@class='count']").string("85件中 1～50件目を表示しています。"))
                .andExpect(xpath("//dd[@id='total-SETTLED-2019']").string("1,764,096"))
                .andExpect(xpath("//select[@id='f-evaluation']/option[@selected]/@value").string("◎"))
                .andExpect(xpath("//p[@class='downloads']/a[2]/@href")
                        .string("/plans/kagoshima-shokogyo/projects.csv?evaluation=%E2%97%8E&bom=true"))
                .andExpect(xpath("//nav[@class='pagination']//a[@rel='next']/@href")
                        .string("?evaluation=%E2%97%8E&page=2"));
        mvc.perform(get(KAGOSHIMA + "/projects").param("evaluation", "◎").param("page", "2"))
                .andExpect(xpath("count(//table[@class='projects']/tbody/tr)").number(35.0));
    }

    @Test
    void aNodeFilterFindsReListedProjectsOnceWithTheirReListingMarked() throws Exception {
        mvc.perform(get(KUMAMOTO + "/projects").param("node", "1"))
                .andExpect(xpath("//p[@class='count']").string("8件中 1～8件目を表示しています。"))
                .andExpect(xpath("//tr[@id='project-成長産業創出支援事業']//span[contains(@class,'badge-relisted')]")
                        .string("再掲 2件"))
                .andExpect(xpath("//tr[@id='project-成長産業創出支援事業']/td[@class='node']/a").string("① 創業支援"))
                .andExpect(xpath("//dd[@id='total-BUDGET-2024']").string("575,563"))
                .andExpect(xpath("//nav[@class='pagination']").doesNotExist());
        mvc.perform(get(KUMAMOTO + "/projects").param("node", "2/③"))
                .andExpect(xpath("//tr[@id='project-成長産業創出支援事業']").exists());
        mvc.perform(get(KUMAMOTO + "/projects").param("node", "4"))
                .andExpect(xpath("//p[@class='count']").string("7件中 1～7件目を表示しています。"))
                .andExpect(xpath("//dd[@id='total-BUDGET-2024']").string("―"));
    }

    @Test
    void flagsOrganizationAndBodyFiltersCombine() throws Exception {
        mvc.perform(get(KUMAMOTO + "/projects").param("flag", "priority"))
                .andExpect(xpath("//p[@class='count']").string("15件中 1～15件目を表示しています。"))
                .andExpect(xpath("//input[@value='priority']/@checked").exists());
        mvc.perform(get(KAGOSHIMA + "/projects").param("flag", "strategic").param("body", "outside"))
                .andExpect(xpath("//p[@class='count']").string("114件中 1～50件目を表示しています。"));
        mvc.perform(get(KAGOSHIMA + "/projects").param("org", "鹿児島商工会議所"))
                .andExpect(xpath("//p[@class='count']").string("21件中 1～21件目を表示しています。"));
        mvc.perform(get(KAGOSHIMA + "/projects").param("year", "2020").param("evaluation", "◎"))
                .andExpect(xpath("//p[@class='empty']").string("条件に合う事業はありません。"))
                .andExpect(xpath("//table[@class='projects']").doesNotExist());
    }

    @Test
    void sortingByBudgetDescendingPutsTheLargestFirstAndMarksTheColumn() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/projects").param("sort", "budget").param("dir", "desc"))
                .andExpect(xpath("//table[@class='projects']/tbody/tr[1]/th/a").string("魚類市場再整備事業"))
                .andExpect(xpath("//table[@class='projects']/tbody/tr[1]/td[@class='num'][2]").string("3,169,345"))
                .andExpect(xpath("normalize-space(//th[@aria-sort='descending']/a/span[@class='col-year'])").string("R2年度"))
                .andExpect(xpath("//th[@aria-sort='descending']/a/span[@class='col-label']").string("予算額"))
                .andExpect(xpath("//th[@aria-sort='descending']/a/@href")
                        .string("?sort=budget&sortYear=2020"));
        mvc.perform(get(KAGOSHIMA + "/projects").param("sort", "budget").param("page", "2"))
                .andExpect(xpath("//th[@aria-sort='ascending']/a/@href").string("?sort=budget&dir=desc&sortYear=2020"));
        mvc.perform(get(KAGOSHIMA + "/projects").param("sort", "budget").param("dir", "desc").param("page", "2"))
                .andExpect(xpath("//th[@aria-sort='descending']/a/@href").string("?sort=budget&sortYear=2020"))
                .andExpect(xpath("//th[not(@aria-sort)]/a[span='事業名']/@href").string("?sort=name"));
        mvc.perform(get(KAGOSHIMA + "/projects").param("sort", "evaluation"))
                .andExpect(xpath("//table[@class='projects']/tbody/tr[1]/td[@class='mark']").string("◎"));
        mvc.perform(get(KAGOSHIMA + "/projects").param("sort", "name").param("page", "not-a-number"))
                .andExpect(status().isOk())
                .andExpect(xpath("//th[@aria-sort='ascending']/a/span[@class='col-label']").string("事業名"));
    }

    @Test
    void csvDownloadHasTheFilteredRowsAndABomOnlyWhenAsked() throws Exception {
        var plain = mvc.perform(get(KAGOSHIMA + "/projects.csv").param("evaluation", "◎"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(plain[0]).isNotEqualTo((byte) 0xEF);
        var text = new String(plain, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(86);
        assertThat(text).startsWith("番号,事業名,事業キー,政策体系,政策体系名,掲載数,実施主体,担当課,実施者,戦略プロジェクト数,区分,"
                + "令和元年度（2019年度） 決算額（千円）,令和元年度（2019年度） 評価,令和2年度（2020年度） 予算額（千円）,"
                + "令和2年度（2020年度） 今後の予定\r\n");
        var withBom = mvc.perform(get(KAGOSHIMA + "/projects.csv").param("evaluation", "◎").param("bom", "true"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(withBom, StandardCharsets.UTF_8).substring(1)).isEqualTo(text);
    }

    @Test
    void csvKeepsDashesAndUndisclosedAsPrintedAndLeavesUnstatedCellsEmpty() throws Exception {
        var text = mvc.perform(get(KUMAMOTO + "/projects.csv").param("node", "4"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var lines = text.split("\r\n");
        assertThat(lines).hasSize(8);
        assertThat(lines[1]).endsWith(",―");
    }

    @Test
    void jsonDownloadHasTheSameFilters() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/projects.json").param("evaluation", "◎"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.total").value(85))
                .andExpect(jsonPath("$.projects.length()").value(85))
                .andExpect(jsonPath("$.projects[0].years[0].evaluation").value("◎"));
    }
}

package jp.shinko.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;

class SummaryPageTest extends SamplePages {

    @Test
    void kagoshimaBudgetPerDirectionCountsReListedProjectsOnce() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/summaries").param("year", "2020"))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1/span[2]").string("令和2年度（2020年度）の集計"))
                .andExpect(xpath("//tr[@id='node-1']/th/a").string("振興の方向性 1"))
                .andExpect(xpath("//tr[@id='node-1']/td[1]").string("110"))
                .andExpect(xpath("//tr[@id='node-1']/td[2]").string("4,478,874"))
                .andExpect(xpath("//tr[@id='node-1']/td[2]/@data-value").string("4478874"))
                .andExpect(xpath("//tr[@id='node-1']/td[3]").string("―"))
                .andExpect(xpath("//tr[@id='node-4']/td[2]").string("1,378,048"))
                // FY2020's projects (ProjectYears): 110 + 10 + 44 + 115 = 279, each counted once in the whole.
                .andExpect(xpath("//tr[@id='node-total']/td[1]").string("279"))
                .andExpect(xpath("//tr[@id='node-total']/td[2]").string("7,594,877"))
                .andExpect(xpath("//div[@class='chart'][@data-for='table-nodes']").exists());
    }

    @Test
    void kagoshimaSettlementAndEvaluationsForFiscal2019() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/summaries").param("year", "2019"))
                .andExpect(xpath("//tr[@id='node-2']/td[3]").string("1,677,278"))
                .andExpect(xpath("//tr[@id='node-total']/td[3]").string("5,389,552"))
                .andExpect(xpath("//table[@id='table-evaluations']/thead/tr/th[2]").string("◎"))
                .andExpect(xpath("//tr[@id='evaluation-1']/td[1]/a").string("37"))
                .andExpect(xpath("//tr[@id='evaluation-1']/td[1]/a/@href")
                        .string("/plans/kagoshima-shokogyo/projects?node=1&year=2019&evaluation=%E2%97%8E"))
                .andExpect(xpath("//tr[@id='evaluation-4']/td[2]/a").string("63"))
                .andExpect(xpath("//tr[@id='evaluation-total']/td[1]").string("85"))
                .andExpect(xpath("//tr[@id='evaluation-total']/td[2]").string("146"))
                .andExpect(xpath("//tr[@id='evaluation-total']/td[3]").string("6"))
                // 18 more ― are projects that only start in FY2020: not projects of FY2019.
                .andExpect(xpath("//tr[@id='evaluation-total']/td[4]").string("31"))
                // The first year has no previous year to compare with.
                .andExpect(xpath("//h2[@id='changes']").doesNotExist());
    }

    @Test
    void kagoshimaChangesFromFiscal2019To2020() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/summaries").param("year", "2020"))
                .andExpect(xpath("//h2[@id='changes']").string("令和元年度（2019年度）から令和2年度（2020年度）への変化"))
                // From the years (YearOverYear): 18 projects start in FY2020, 7 ended in FY2019, and no
                // project was listed under another name in FY2020 than in FY2019.
                .andExpect(xpath("//tr[@id='changes-new']/td").string("18"))
                .andExpect(xpath("//tr[@id='changes-ended']/td").string("7"))
                .andExpect(xpath("//tr[@id='changes-renamed']/td").string("0"))
                .andExpect(xpath("//h3[@id='changes-new-list']/following-sibling::ul[1]/li[1]/a")
                        .string("かごしまの逸品ワンストップサポート事業"))
                .andExpect(xpath("//h3[@id='changes-budget']")
                        .string("令和2年度（2020年度）予算額と令和元年度（2019年度）決算額の比較"))
                .andExpect(xpath("//table[@id='table-rises']/tbody/tr[1]/th/a").string("魚類市場再整備事業"))
                .andExpect(xpath("//table[@id='table-rises']/tbody/tr[1]/td[1]").string("904,860"))
                .andExpect(xpath("//table[@id='table-rises']/tbody/tr[1]/td[2]").string("3,169,345"))
                .andExpect(xpath("//table[@id='table-rises']/tbody/tr[1]/td[3]").string("+2,264,485"))
                .andExpect(xpath("//table[@id='table-falls']/tbody/tr[1]/th/a").string("企業立地促進補助事業"))
                .andExpect(xpath("//table[@id='table-falls']/tbody/tr[1]/td[3]").string("-468,774"));
    }

    @Test
    void organizationsAreOrderedByBudget() throws Exception {
        mvc.perform(get(KUMAMOTO + "/summaries"))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1/span[2]").string("令和6年度（2024年度）の集計"))
                .andExpect(xpath("//tr[@id='node-total']/td[2]").string("2,516,552"))
                .andExpect(xpath("//table[@id='table-organizations']/tbody/tr[1]/th/a").string("企業立地推進課"))
                .andExpect(xpath("//table[@id='table-organizations']/tbody/tr[1]/td[1]").string("5"))
                .andExpect(xpath("//table[@id='table-organizations']/tbody/tr[1]/td[2]").string("1,087,740"))
                .andExpect(xpath("//h2[@id='changes']").doesNotExist());
    }

    @Test
    void planPageLinksToItsSummariesAndAnUnknownPlanIsNotFound() throws Exception {
        mvc.perform(get(KUMAMOTO))
                .andExpect(xpath("//a[@href='/plans/kumamoto-chusho/summaries']").exists());
        mvc.perform(get("/plans/no-such-plan/summaries")).andExpect(status().isNotFound());
    }

    @Test
    void summariesReadInEnglish() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/summaries").param("year", "2020").param("lang", "en"))
                .andExpect(xpath("//h3[@id='changes-budget']")
                        .string("FY2020 (令和2年度) budget compared with FY2019 (令和元年度) settlement"));
    }
}

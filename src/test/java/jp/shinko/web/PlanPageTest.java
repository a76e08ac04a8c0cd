package jp.shinko.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;

class PlanPageTest extends SamplePages {

    @Test
    void kumamotoTreeCountsAReListedProjectOnceAndShowsADashWhereNoBudgetIsStated() throws Exception {
        mvc.perform(get(KUMAMOTO))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1/span[2]").string("熊本市中小企業・小規模企業振興基本計画"))
                .andExpect(xpath("//li[@id='node-1']/div/a").string("方向性 1 創業・事業承継の促進"))
                .andExpect(xpath("//li[@id='node-1']/div/a/@href")
                        .string("/plans/kumamoto-chusho/projects?node=1"))
                .andExpect(xpath("//li[@id='node-1']/div/span[@class='node-count']").string("8件"))
                .andExpect(xpath("//li[@id='node-1']/div//span[@class='amount']").string("575,563"))
                .andExpect(xpath("//li[@id='node-4']/div/span[@class='node-count']").string("7件"))
                .andExpect(xpath("//li[@id='node-4']/div//span[@class='amount']").string("―"))
                .andExpect(xpath("//li[@id='node-1']/ol/li[@id='node-1-①']/div/a").string("取組 ① 創業支援"))
                .andExpect(xpath("//tr[@id='year-2024']/td[2]").string("2,516,552"))
                .andExpect(xpath("//tr[@id='year-2024']/td[3]").string("―"));
    }

    @Test
    void kumamotoShowsItsPrioritiesAndNoEvaluationLegend() throws Exception {
        mvc.perform(get(KUMAMOTO))
                .andExpect(xpath("//h2[@id='priorities']").exists())
                .andExpect(xpath("count(//ol[@class='priorities']/li)").number(5.0))
                .andExpect(xpath("//ol[@class='priorities']/li[1]").string("半導体関連産業の集積を見据えた戦略的な企業誘致"))
                .andExpect(content().string(containsString("半導体関連企業の集積やインバウンドの回復等の好機を生かし")))
                .andExpect(xpath("//h2[@id='evaluation']").doesNotExist());
    }

    @Test
    void kagoshimaPlanLevelTotalsAndEvaluationLegendWithCounts() throws Exception {
        mvc.perform(get(KAGOSHIMA))
                .andExpect(status().isOk())
                .andExpect(xpath("//tr[@id='year-2019']/th").string("令和元年度（2019年度）"))
                .andExpect(xpath("//tr[@id='year-2019']/td[1]").string("268"))
                .andExpect(xpath("//tr[@id='year-2019']/td[3]").string("5,389,552"))
                .andExpect(xpath("//tr[@id='year-2019']/td[2]").string("―"))
                .andExpect(xpath("//tr[@id='year-2020']/td[2]").string("7,594,877"))
                .andExpect(xpath("//h2[@id='evaluation']").exists())
                .andExpect(xpath("//table[contains(@class,'legend')]//tr[th='◎']/td[2]/a").string("85"))
                .andExpect(xpath("//table[contains(@class,'legend')]//tr[th='◎']/td[2]/a/@href")
                        .string("/plans/kagoshima-shokogyo/projects?year=2019&evaluation=%E2%97%8E"))
                .andExpect(xpath("//h2[@id='priorities']").doesNotExist());
    }

    @Test
    void kagoshimaNodesWithoutTitlesAreNamedByLevelAndPath() throws Exception {
        mvc.perform(get(KAGOSHIMA))
                .andExpect(xpath("//li[@id='node-1']/div/a").string("振興の方向性 1"))
                .andExpect(xpath("//li[@id='node-1-1-4']/div/a").string("推進施策 1-1-4"))
                .andExpect(xpath("//li[@id='node-1']/div/span[@class='node-count']").string("112件"))
                // Two money columns: FY2019 settled, FY2020 budget.
                .andExpect(xpath("//li[@id='node-1']/div/span[@class='node-figure'][1]/span[@class='amount']")
                        .string("2,194,246"))
                .andExpect(xpath("count(//li[@id='node-1']/div/span[@class='node-figure'])").number(2.0))
                .andExpect(xpath("count(//ol[@class='tree']//li)").number(125.0));
    }

    @Test
    void thePlanPageIsInEnglishOnRequest() throws Exception {
        mvc.perform(get(KAGOSHIMA).param("lang", "en"))
                .andExpect(xpath("//h2[@id='tree']").string("Policy tree"))
                .andExpect(xpath("//tr[@id='year-2019']/th").string("FY2019 (令和元年度)"))
                .andExpect(xpath("//tr[@id='year-2019']/td[3]").string("5,389,552"));
    }

    @Test
    void homeCardsLinkToThePlanPage() throws Exception {
        mvc.perform(get("/"))
                .andExpect(xpath("//article[@id='plan-kumamoto-chusho']/h2/a/@href").string("/plans/kumamoto-chusho"));
    }

    @Test
    void anUnknownPlanIsNotFound() throws Exception {
        mvc.perform(get("/plans/no-such-plan"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))));
    }
}

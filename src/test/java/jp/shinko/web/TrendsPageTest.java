package jp.shinko.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;

/** Trends: a plan's and its nodes' money and its evaluations per year, and a project's money, as tables and charts. */
class TrendsPageTest extends SamplePages {

    @Test
    void kagoshimaPlanNodesAndEvaluationsPerYear() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/trends"))
                .andExpect(status().isOk())
                .andExpect(xpath("//tr[@id='plan-2019']/td[1]").string("268"))
                .andExpect(xpath("//tr[@id='plan-2019']/td[3]").string("5,389,552"))
                .andExpect(xpath("//tr[@id='plan-2020']/td[1]").string("279"))
                .andExpect(xpath("//tr[@id='plan-2020']/td[2]").string("7,594,877"))
                .andExpect(xpath("//tr[@id='plan-2020']/td[2]/@data-value").string("7594877"))
                // Direction 1: FY2019 settled, FY2020 budget (the document's own columns).
                .andExpect(xpath("//tr[@id='node-1']/td[1]").string("2,194,246"))
                .andExpect(xpath("//tr[@id='node-1']/td[2]").string("4,478,874"))
                .andExpect(xpath("//tr[@id='evaluation-2019']/td[1]").string("85"))
                .andExpect(xpath("//tr[@id='evaluation-2019']/td[4]").string("31"))
                .andExpect(xpath("//div[@class='chart'][@data-for='table-plan']").exists())
                .andExpect(xpath("//div[contains(@class,'chart')][@data-for='table-node-years']").exists());
        mvc.perform(get(KAGOSHIMA)).andExpect(xpath("//a[@id='link-trends']/@href").string("/plans/kagoshima-shokogyo/trends"));
    }

    @Test
    void aProjectsMoneyOverItsYears() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/projects/111"))
                .andExpect(xpath("//tr[@id='trend-2019']/td[2]").string("904,860"))
                .andExpect(xpath("//tr[@id='trend-2019']/td[2]/@data-value").string("904860"))
                .andExpect(xpath("//tr[@id='trend-2020']/td[1]").string("3,169,345"))
                .andExpect(xpath("//div[@class='chart'][@data-for='table-trend']").exists());
    }
}

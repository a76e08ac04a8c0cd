package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The year-over-year page of Kagoshima's list, FY2019 → FY2020, with exact figures. */
class ChangesPageTest extends SamplePages {

    @Test
    void kagoshimaChangesFromFiscal2019To2020() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/changes"))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1/span[2]").string("令和元年度（2019年度）から令和2年度（2020年度）への変化"))
                .andExpect(xpath("//tr[@id='count-projects']/td").string("268 → 279"))
                // 18 projects only start in FY2020, 7 ended in FY2019: from the years, not the 新規 marks (17).
                .andExpect(xpath("//tr[@id='count-new']/td").string("18"))
                .andExpect(xpath("//tr[@id='count-ended']/td").string("7"))
                .andExpect(xpath("//tr[@id='count-merged']/td").string("0"))
                // Projects with a former name printed under their name were not renamed between the years.
                .andExpect(xpath("//tr[@id='count-renamed']/td").string("0"))
                .andExpect(xpath("//tr[@id='count-rise']/td").string("99"))
                .andExpect(xpath("//tr[@id='count-fall']/td").string("22"))
                .andExpect(xpath("//tr[@id='count-unchanged']/td").string("15"))
                .andExpect(xpath("//tr[@id='count-evaluation']/td").string("0"))
                .andExpect(xpath("//tr[@id='count-content']/td").string("157"))
                .andExpect(xpath("//li[@id='new-4']/a").string("かごしまの逸品ワンストップサポート事業"))
                .andExpect(xpath("//table[@id='table-rises']/tbody/tr[1]/th/a").string("魚類市場再整備事業"))
                .andExpect(xpath("//table[@id='table-rises']/tbody/tr[1]/td[1]/span[1]").string("904,860"))
                .andExpect(xpath("//table[@id='table-rises']/tbody/tr[1]/td[1]/span[2]").string("決算"))
                .andExpect(xpath("//table[@id='table-rises']/tbody/tr[1]/td[2]").string("3,169,345"))
                .andExpect(xpath("//table[@id='table-rises']/tbody/tr[1]/td[3]").string("+2,264,485"))
                .andExpect(xpath("//table[@id='table-rises']/tbody/tr[1]/td[4]").string("+250.3%"));
    }

    @Test
    void kagoshimaFirstYearHasNothingToCompare() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/changes").param("year", "2019"))
                .andExpect(xpath("//h1/span[2]").string("令和元年度（2019年度）の新規事業"))
                .andExpect(xpath("//tr[@id='count-projects']/td").string("268"))
                .andExpect(xpath("//tr[@id='count-ended']").doesNotExist());
    }

    @Test
    void planPageAndProjectPageLinkToTheChanges() throws Exception {
        mvc.perform(get(KAGOSHIMA))
                .andExpect(xpath("//a[@id='link-changes']/@href").string("/plans/kagoshima-shokogyo/changes"));
        mvc.perform(get(KAGOSHIMA + "/projects/4"))
                .andExpect(xpath("//a[@id='changes-2020']/@href")
                        .string("/plans/kagoshima-shokogyo/changes?year=2020"));
    }

    @Test
    void theApiAndTheCsvGiveTheSameFigures() throws Exception {
        mvc.perform(get("/api/v1/plans/kagoshima-shokogyo/changes").param("year", "2020"))
                .andExpect(jsonPath("$.previousFiscalYear").value(2019))
                .andExpect(jsonPath("$.projectsBefore").value(268))
                .andExpect(jsonPath("$.projectsNow").value(279))
                .andExpect(jsonPath("$.added.length()").value(18))
                .andExpect(jsonPath("$.ended.length()").value(7))
                .andExpect(jsonPath("$.rises[0].name").value("魚類市場再整備事業"))
                .andExpect(jsonPath("$.rises[0].basis").value("SETTLED"))
                .andExpect(jsonPath("$.rises[0].changeThousandYen").value(2_264_485))
                .andExpect(jsonPath("$.rises[0].percent").value(250.3));
        var csv = mvc.perform(get(KAGOSHIMA + "/changes.csv").param("year", "2020"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("区分,事業ID,事業名,前年度,今年度,増減額（千円）,増減率（％）");
        assertThat(lines.stream().filter(l -> l.startsWith("新規事業,")).count()).isEqualTo(18);
        assertThat(lines.stream().filter(l -> l.startsWith("終了した事業,")).count()).isEqualTo(7);
        assertThat(lines).contains("予算が増えた事業,111,魚類市場再整備事業,904860,3169345,2264485,250.3");
    }
}

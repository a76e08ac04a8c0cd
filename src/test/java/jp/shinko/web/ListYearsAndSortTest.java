package jp.shinko.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;

/** The project list: which years it shows, the order it is in, and all of it in the URL. */
class ListYearsAndSortTest extends SamplePages {

    @Test
    void theYearsShownAreChosenWithoutFilteringTheProjects() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/projects").param("show", "2020"))
                .andExpect(xpath("//p[@class='count']").string("286件中 1～50件目を表示しています。"))
                .andExpect(xpath("//dd[@id='total-BUDGET-2020']").string("7,594,877"))
                .andExpect(xpath("//dd[@id='total-SETTLED-2019']").doesNotExist())
                .andExpect(xpath("//input[@name='show'][@value='2020']/@checked").exists())
                .andExpect(xpath("//input[@name='show'][@value='2019']/@checked").doesNotExist());
    }

    @Test
    void theActiveSortIsSaidAboveTheTable() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/projects").param("sort", "budget").param("sortYear", "2020").param("dir", "desc"))
                .andExpect(xpath("//p[@id='sort-state']/span").string("並び順: R2年度 予算額の降順"))
                .andExpect(xpath("//p[@id='sort-state']/a/@href").string("?"))
                .andExpect(xpath("//table[@class='projects']/tbody/tr[1]/th/a").string("魚類市場再整備事業"));
        mvc.perform(get(KAGOSHIMA + "/projects"))
                .andExpect(xpath("//p[@id='sort-state']/span").string("並び順: 一覧の番号順"));
    }

    @Test
    void aSortByAColumnNoLongerShownIsReset() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/projects").param("sort", "settled").param("sortYear", "2019")
                        .param("dir", "desc").param("show", "2020"))
                .andExpect(xpath("//p[@id='sort-state']/strong")
                        .string("並べ替えていた列が表示されなくなったため、番号順に戻しました。"))
                .andExpect(xpath("//p[@id='sort-state']/span").string("並び順: 一覧の番号順"))
                .andExpect(xpath("//table[@class='projects']/tbody/tr[1]/td[1]").string("1"))
                // Sorted by number again: only the number column says so, no year's column.
                .andExpect(xpath("count(//th[@aria-sort])").number(1.0))
                .andExpect(xpath("//th[@aria-sort][.//span[@class='col-year']]").doesNotExist());
    }

    @Test
    void filtersShownYearsAndOrderStayInEveryLink() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/projects").param("body", "city").param("show", "2020")
                        .param("sort", "budget").param("sortYear", "2020"))
                .andExpect(xpath("//nav[contains(@class,'pagination')]//a[@rel='next']/@href")
                        .string("?body=city&sort=budget&sortYear=2020&page=2&show=2020"))
                .andExpect(xpath("//p[@class='downloads']/a[1]/@href")
                        .string("/plans/kagoshima-shokogyo/projects.csv?body=city&sort=budget&sortYear=2020&show=2020"));
    }
}

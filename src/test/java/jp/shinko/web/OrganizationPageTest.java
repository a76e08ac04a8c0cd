package jp.shinko.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;

class OrganizationPageTest extends SamplePages {

    @Test
    void anOutsideBodyShowsItsProjectsAndTheirMoneyPerYear() throws Exception {
        mvc.perform(get(KAGOSHIMA + "/organizations/鹿児島商工会議所"))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1").string("鹿児島商工会議所"))
                .andExpect(xpath("//dd[@id='kind']").string("商工会議所・商工会"))
                .andExpect(xpath("//dd[@id='implementing']").string("21件"))
                .andExpect(xpath("//dd[@id='in-charge']").string("0件"))
                .andExpect(xpath("count(//table[@class='projects']/tbody/tr)").number(21.0))
                // One of its 21 projects only starts in FY2020 (ProjectYears).
                .andExpect(xpath("//tr[@id='year-2019']/td[1]").string("20"))
                .andExpect(xpath("//tr[@id='year-2019']/td[3]").string("139,096"))
                .andExpect(xpath("//tr[@id='year-2020']/td[2]").string("183,337"))
                .andExpect(xpath("//tr[@id='year-2020']/td[3]").string("―"));
    }

    @Test
    void aDepartmentsTotalsCountItsReListedProjectOnce() throws Exception {
        mvc.perform(get(KUMAMOTO + "/organizations/起業・新産業支援課"))
                .andExpect(status().isOk())
                .andExpect(xpath("//dd[@id='kind']").string("市の課・室"))
                .andExpect(xpath("count(//table[@class='projects']/tbody/tr)").number(5.0))
                .andExpect(xpath("normalize-space(//tr[@id='project-成長産業創出支援事業']/td[@class='role'])").string("担当課"))
                .andExpect(xpath("//tr[@id='year-2024']/td[2]").string("539,747"));
    }

    @Test
    void thePlansOrganizationsAreListedWithTheirCounts() throws Exception {
        mvc.perform(get(KUMAMOTO + "/organizations"))
                .andExpect(status().isOk())
                .andExpect(xpath("count(//table[@class='organizations']/tbody/tr)").number(11.0))
                .andExpect(xpath("//table[@class='organizations']/tbody/tr[1]/th/a").string("起業・新産業支援課"))
                .andExpect(xpath("//table[@class='organizations']/tbody/tr[1]/td[4]").string("5"));
    }

    @Test
    void anOrganizationOfAnotherPlanIsNotFound() throws Exception {
        mvc.perform(get(KUMAMOTO + "/organizations/鹿児島商工会議所")).andExpect(status().isNotFound());
    }
}

package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.FiscalYear;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The projects of a plan in year N" is one number, whichever page, export or API says it
 * (jp.shinko.plan.ProjectYears). Kagoshima lists all 286 projects in both of its years, but 18 of
 * them only start in FY2020 (listed in the FY2019 results as 「―」 not run) and 7 ended in FY2019
 * (listed in the FY2020 column as 事業終了): 268 projects in FY2019, 279 in FY2020.
 */
class YearCountInvariantTest extends SamplePages {

    @ParameterizedTest
    @CsvSource({"kagoshima-shokogyo, 2019, 268", "kagoshima-shokogyo, 2020, 279", "kumamoto-chusho, 2024, 59"})
    void everyPageExportAndApiCountsTheSameProjects(String plan, int year, int expected) throws Exception {
        var base = "/plans/" + plan;
        var count = String.valueOf(expected);
        // Home page and plan page.
        mvc.perform(get("/")).andExpect(xpath("//article[@id='plan-" + plan + "']//tbody/tr[th='"
                + JapaneseYearFormat.japaneseWithGregorian(FiscalYear.of(year)) + "']/td[1]").string(count));
        mvc.perform(get(base)).andExpect(xpath("//tr[@id='year-" + year + "']/td[1]").string(count));
        // Project list of the year: its count line, its CSV download.
        mvc.perform(get(base + "/projects").param("year", String.valueOf(year)))
                .andExpect(xpath("//p[@class='count']").string(org.hamcrest.Matchers.startsWith(count + "件中")));
        var listCsv = mvc.perform(get(base + "/projects.csv").param("year", String.valueOf(year)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listCsv.strip().lines().count() - 1).isEqualTo(expected);
        // Summaries page.
        mvc.perform(get(base + "/summaries").param("year", String.valueOf(year)))
                .andExpect(xpath("//tr[@id='node-total']/td[1]").string(count));
        // API: the plans list, the plan, the project list of the year.
        mvc.perform(get("/api/v1/plans"))
                .andExpect(jsonPath("$[?(@.key=='" + plan + "')].years[?(@.fiscalYear==" + year + ")].projects")
                        .value(expected));
        mvc.perform(get("/api/v1/plans/" + plan))
                .andExpect(jsonPath("$.years[?(@.fiscalYear==" + year + ")].projects").value(expected));
        mvc.perform(get("/api/v1/plans/" + plan + "/projects").param("year", String.valueOf(year)))
                .andExpect(jsonPath("$.total").value(expected));
        // Open data CSV: the rows of the year marked in_year.
        var openCsv = mvc.perform(get(base + "/downloads/csv").param("year", String.valueOf(year)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var lines = openCsv.strip().lines().toList();
        int inYear = Arrays.asList(lines.get(0).split(",")).indexOf("当該年度の事業");
        assertThat(inYear).isPositive();
        assertThat(lines.stream().skip(1).filter(l -> l.endsWith(",1")).count()).isEqualTo(expected);
        // Open data JSON: projects whose inYears has the year.
        mvc.perform(get(base + "/downloads/json").param("year", String.valueOf(year)))
                .andExpect(jsonPath("$.projects[?(@.inYears[0]==" + year + ")]",
                        org.hamcrest.Matchers.hasSize(expected)));
        // Summary report (XLSX): the 年度別 sheet's row of the year.
        var xlsx = mvc.perform(get(base + "/downloads/summary-xlsx").param("year", String.valueOf(year)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("年度別");
            var label = JapaneseYearFormat.japaneseWithGregorian(FiscalYear.of(year));
            var formatter = new DataFormatter();
            String found = null;
            for (var row : sheet) {
                if (row.getCell(0) != null && label.equals(formatter.formatCellValue(row.getCell(0)))) {
                    found = formatter.formatCellValue(row.getCell(1));
                }
            }
            assertThat(found).isEqualTo(count);
        }
    }

    @ParameterizedTest
    @CsvSource({"kagoshima-shokogyo, 286", "kumamoto-chusho, 59"})
    void thePlanAsAWholeHasEveryProjectOnce(String plan, int expected) throws Exception {
        mvc.perform(get("/api/v1/plans/" + plan)).andExpect(jsonPath("$.projects").value(expected));
        mvc.perform(get("/api/v1/plans/" + plan + "/projects")).andExpect(jsonPath("$.total").value(expected));
    }
}

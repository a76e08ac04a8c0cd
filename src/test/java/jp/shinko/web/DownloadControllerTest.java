package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import jp.shinko.ingest.ImportDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:downloads;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(DownloadControllerTest.FragmentHost.class)
class DownloadControllerTest {

    /** A page that includes the downloads fragment, as the plan page and project list do. */
    @Controller
    static class FragmentHost {
        @GetMapping("/test/downloads")
        String page(@RequestParam String planKey, @RequestParam(required = false) Integer year, Model model) {
            model.addAttribute("planKey", planKey);
            model.addAttribute("year", year);
            return "report-test/downloads-host";
        }
    }

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void importSamples(@Autowired ImportDocuments imports) {
        imports.run(List.of(Path.of("samples/kumamoto-chusho-plan-r6.txt")), null);
    }

    @Test
    void officialListDownloadsAsAnAttachmentNamedInJapanese() throws Exception {
        var result = mvc.perform(get("/plans/kumamoto-chusho/downloads/official-pdf").param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; "
                        + "filename=\"kumamoto-chusho-2024-list.pdf\"; filename*=UTF-8''"
                        + "%E7%86%8A%E6%9C%AC%E5%B8%82%E4%B8%AD%E5%B0%8F%E4%BC%81%E6%A5%AD%E3%83%BB"
                        + "%E5%B0%8F%E8%A6%8F%E6%A8%A1%E4%BC%81%E6%A5%AD%E6%8C%AF%E8%88%88%E5%9F%BA%E6%9C%AC"
                        + "%E8%A8%88%E7%94%BB_%E4%BA%8B%E6%A5%AD%E4%B8%80%E8%A6%A7_2024%E5%B9%B4%E5%BA%A6.pdf"))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).startsWith('%', 'P', 'D', 'F', '-');
        assertThat(java.net.URLDecoder.decode(result.getResponse().getHeader("Content-Disposition")
                .split("''")[1], StandardCharsets.UTF_8)).isEqualTo("熊本市中小企業・小規模企業振興基本計画_事業一覧_2024年度.pdf");
    }

    @Test
    void everyFormatHasItsMediaType() throws Exception {
        mvc.perform(get("/plans/kumamoto-chusho/downloads/official-xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"kumamoto-chusho-2024-list.xlsx\"")));
        mvc.perform(get("/plans/kumamoto-chusho/downloads/summary-pdf").param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        var csv = mvc.perform(get("/plans/kumamoto-chusho/downloads/csv").param("bom", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"kumamoto-chusho-opendata.csv\"")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        mvc.perform(get("/plans/kumamoto-chusho/downloads/json"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json"));
    }

    @Test
    void unknownPlanFormatOrYearIsNotFound() throws Exception {
        mvc.perform(get("/plans/osaka/downloads/csv")).andExpect(status().isNotFound());
        mvc.perform(get("/plans/kumamoto-chusho/downloads/docx")).andExpect(status().isNotFound());
        mvc.perform(get("/plans/kumamoto-chusho/downloads/official-pdf").param("year", "2019"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/kumamoto-chusho/downloads/official-pdf").param("year", "24"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void fragmentLinksEveryDownloadForTheYearShown() throws Exception {
        mvc.perform(get("/test/downloads").param("planKey", "kumamoto-chusho").param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(xpath("//section[@class='downloads']/h2").string("ダウンロード"))
                .andExpect(xpath("count(//section[@class='downloads']//li/a)").number(7.0))
                .andExpect(xpath("//li[1]/a/@href").string("/plans/kumamoto-chusho/downloads/official-pdf?year=2024"))
                .andExpect(xpath("//li[1]/a").string("事業一覧（PDF）"))
                .andExpect(xpath("//li[1]/a/@type").string("application/pdf"))
                .andExpect(xpath("//li[6]/a/@href").string("/plans/kumamoto-chusho/downloads/csv?year=2024&bom=true"))
                .andExpect(xpath("//li[6]/a").string("オープンデータ（CSV・Excel 用）"));
        mvc.perform(get("/test/downloads").param("planKey", "kumamoto-chusho").param("lang", "en"))
                .andExpect(xpath("//section[@class='downloads']/h2").string("Downloads"))
                .andExpect(xpath("//li[2]/a/@href").string("/plans/kumamoto-chusho/downloads/official-xlsx"))
                .andExpect(xpath("//li[5]/a/@href").string("/plans/kumamoto-chusho/downloads/csv"))
                .andExpect(xpath("//li[5]/a").string("Open data (CSV, UTF-8)"));
    }
}

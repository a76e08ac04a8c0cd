package jp.shinko.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.store.PlanRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The comparison page, CSV and API, theme overrides and figures over both imported samples. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:compare;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ComparePagesTest {

    static final String BOTH = "kagoshima-shokogyo:2020,kumamoto-chusho:2024";

    @Autowired
    MockMvc mvc;

    @Autowired
    Comparisons comparisons;

    @BeforeAll
    static void importBothSamples(@Autowired ImportDocuments imports, @Autowired PlanRepository plans) {
        if (plans.plans().size() < 2) {
            imports.run(List.of(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"),
                    Path.of("samples/kumamoto-chusho-plan-r6.txt")), null);
        }
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void dump() throws Exception {
        var c = comparisons.compare(PlanYearRef.parseList(BOTH));
        for (var col : c.columns()) {
            System.out.println(col.planKey() + " " + col.fiscalYear() + " projects=" + col.projects() + " total=" + col.totalBudgetThousandYen() + " new=" + col.newProjects() + " ending=" + col.endingProjects());
            for (var cell : col.cells()) {
                System.out.println("  " + cell);
            }
        }
        System.out.println(page("/compare?plans=" + BOTH).length());
        System.out.println(page("/compare.csv?plans=" + BOTH).lines().limit(4).toList());
        System.out.println(page("/api/v1/compare?plans=" + BOTH).substring(0, 300));
        var p = page("/plans/kumamoto-chusho/projects/インバウンド誘客対策経費");
        System.out.println(p.substring(p.indexOf("id=\"themes\"")));
    }
}

package jp.shinko.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import jp.shinko.plan.CraftedPlan;
import jp.shinko.store.PlanRepository;
import jp.shinko.store.ProjectEdits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A plan with a real rename: stored, then renamed as the annual round publishes a rename; the
 * year-over-year page, the API and the summaries page tell it from the years' names.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:crafted;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class CraftedChangesPageTest {

    static final String PLAN = "/plans/" + CraftedPlan.KEY;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void storeAndRename(@Autowired PlanRepository plans, @Autowired ProjectEdits edits, @Autowired JdbcClient jdbc) {
        if (plans.load(CraftedPlan.KEY).isPresent()) {
            return;
        }
        plans.save(CraftedPlan.content());
        long id = jdbc.sql("""
                        SELECT pr.id FROM projects pr JOIN plans p ON p.id = pr.plan_id
                        WHERE p.plan_key = ? AND pr.project_key = 'a'""")
                .param(CraftedPlan.KEY).query(Long.class).single();
        edits.rename(id, CraftedPlan.OLD_NAME, CraftedPlan.NEW_NAME);
    }

    @Test
    void everyKindOfChangeWithExactFigures() throws Exception {
        mvc.perform(get(PLAN + "/changes"))
                .andExpect(xpath("//tr[@id='count-projects']/td").string("5 → 4"))
                .andExpect(xpath("//tr[@id='count-new']/td").string("1"))
                .andExpect(xpath("//li[@id='new-c']/a").string("事業承継マッチング事業"))
                .andExpect(xpath("//li[@id='ended-d']/a").string("販路開拓展示会出展補助"))
                .andExpect(xpath("//li[@id='merged-e']/a[2]").string("商店街にぎわい支援事業"))
                .andExpect(xpath("//li[@id='merged-e']/a[2]/@href").string(PLAN + "/projects/a"))
                .andExpect(xpath("//li[@id='renamed-a']/a").string("商店街にぎわい支援事業"))
                .andExpect(xpath("//li[@id='renamed-a']/span").string("（旧名称: 旧商店街支援事業）"))
                .andExpect(xpath("//tr[@id='money-a']/td[1]/span[1]").string("1,000"))
                .andExpect(xpath("//tr[@id='money-a']/td[1]/span[2]").string("予算"))
                .andExpect(xpath("//tr[@id='money-a']/td[3]").string("+200"))
                .andExpect(xpath("//tr[@id='money-a']/td[4]").string("+20.0%"))
                .andExpect(xpath("//tr[@id='money-b']/td[3]").string("-100"))
                .andExpect(xpath("//tr[@id='money-b']/td[4]").string("-20.0%"))
                .andExpect(xpath("//tr[@id='count-unchanged']/td").string("1"))
                .andExpect(xpath("//li[@id='evaluation-a']/span").string("○ → ◎"))
                .andExpect(xpath("//details[@id='content-b']//del").string("創業セミナーを3回開催。"))
                .andExpect(xpath("//details[@id='content-b']//ins").string("創業セミナーを5回開催。相談会を新設。"));
    }

    @Test
    void theApiSaysTheSame() throws Exception {
        mvc.perform(get("/api/v1/plans/" + CraftedPlan.KEY + "/changes"))
                .andExpect(jsonPath("$.renamed[0].before").value(CraftedPlan.OLD_NAME))
                .andExpect(jsonPath("$.renamed[0].after").value(CraftedPlan.NEW_NAME))
                .andExpect(jsonPath("$.merged[0].intoKey").value("a"))
                .andExpect(jsonPath("$.falls[0].percent").value(-20.0));
    }

    @Test
    void theSummariesPageCountsTheSameChanges() throws Exception {
        mvc.perform(get(PLAN + "/summaries"))
                .andExpect(xpath("//tr[@id='changes-new']/td").string("1"))
                .andExpect(xpath("//tr[@id='changes-ended']/td").string("2"))
                .andExpect(xpath("//tr[@id='changes-renamed']/td").string("1"));
    }
}

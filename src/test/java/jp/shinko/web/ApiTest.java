package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

class ApiTest extends SamplePages {

    private static final String API = "/api/v1";
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void theOpenApiDocumentDescribesExactlyTheApisEndpoints() throws Exception {
        var document = openApi();
        assertThat(document.get("openapi")).isEqualTo("3.1.0");
        var documented = ((Map<?, ?>) document.get("paths")).keySet().stream()
                .map(p -> ((String) p).replaceAll("\\{[^}]+}", "{}")).collect(Collectors.toSet());
        var served = handlers.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .filter(p -> p.startsWith(API + "/"))
                .map(p -> p.substring(API.length()).replaceAll("\\{[^}]+}", "{}"))
                .collect(Collectors.toSet());
        assertThat(served).hasSize(12);
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void everyResponseMatchesItsDocumentedSchema() throws Exception {
        var document = openApi();
        check(document, "/plans", "/plans", "200");
        check(document, "/plans/{planKey}", "/plans/kagoshima-shokogyo", "200");
        check(document, "/plans/{planKey}", "/plans/kumamoto-chusho", "200");
        check(document, "/plans/{planKey}/nodes", "/plans/kumamoto-chusho/nodes", "200");
        check(document, "/plans/{planKey}/projects", "/plans/kagoshima-shokogyo/projects?evaluation=◎", "200");
        check(document, "/plans/{planKey}/projects/{projectKey}", "/plans/kumamoto-chusho/projects/成長産業創出支援事業", "200");
        check(document, "/plans/{planKey}/projects/{projectKey}", "/plans/kagoshima-shokogyo/projects/7", "200");
        check(document, "/plans/{planKey}/organizations", "/plans/kagoshima-shokogyo/organizations", "200");
        check(document, "/plans/{planKey}/organizations/{name}", "/plans/kumamoto-chusho/organizations/起業・新産業支援課", "200");
        check(document, "/plans/{planKey}/projects/{projectKey}", "/plans/kumamoto-chusho/projects/7", "404");
        check(document, "/search", "/search?q=事業承継", "200");
        check(document, "/search", "/search?q=しょうてんがい", "200");
        check(document, "/search", "/search?q=事業継承", "200");
        check(document, "/plans/{planKey}/changes", "/plans/kagoshima-shokogyo/changes", "200");
        check(document, "/plans/{planKey}/changes", "/plans/kumamoto-chusho/changes", "200");
    }

    @Test
    void theSchemaCheckFindsMissingWrongAndUndocumentedProperties() throws Exception {
        var document = openApi();
        var money = Map.<String, Object>of("$ref", "#/components/schemas/Money");
        assertThat(SchemaCheck.problems(document, money, Map.of("kind", "VALUE", "thousandYen", 5))).isEmpty();
        assertThat(SchemaCheck.problems(document, money, Map.of("kind", "ZERO", "thousandYen", "5", "yen", 5)))
                .containsExactlyInAnyOrder("$.kind: ZERO is not one of [VALUE, NONE, UNDISCLOSED, NOT_STATED]",
                        "$.thousandYen: expected [integer, null] but was 5", "$: undocumented property yen");
        assertThat(SchemaCheck.problems(document, money, Map.of("kind", "NONE"))).containsExactly("$: missing thousandYen");
    }

    @Test
    void plansCarryTheirYearTotalsWithNullWhereNothingIsStated() throws Exception {
        mvc.perform(get(API + "/plans/kagoshima-shokogyo"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.projects").value(286))
                .andExpect(jsonPath("$.levels.length()").value(4))
                .andExpect(jsonPath("$.years[0].fiscalYear").value(2019))
                .andExpect(jsonPath("$.years[0].settledThousandYen").value(5_389_552))
                .andExpect(jsonPath("$.years[0].budgetThousandYen").doesNotExist())
                .andExpect(jsonPath("$.years[1].budgetThousandYen").value(7_594_877))
                .andExpect(jsonPath("$.evaluationMarks[0]").value("◎"))
                .andExpect(jsonPath("$.source.lineCount").value(7946));
        mvc.perform(get(API + "/plans"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.key=='kumamoto-chusho')].years[0].budgetThousandYen").value(2_516_552));
    }

    @Test
    void nodesCountAReListedProjectOnce() throws Exception {
        mvc.perform(get(API + "/plans/kumamoto-chusho/nodes"))
                .andExpect(jsonPath("$.length()").value(15))
                .andExpect(jsonPath("$[0].path").value("1"))
                .andExpect(jsonPath("$[0].title").value("創業・事業承継の促進"))
                .andExpect(jsonPath("$[0].projects").value(8))
                .andExpect(jsonPath("$[0].years[0].budgetThousandYen").value(575_563))
                .andExpect(jsonPath("$[?(@.path=='4')].projects").value(7))
                .andExpect(jsonPath("$[?(@.path=='4')].years[0].budgetThousandYen").value(org.hamcrest.Matchers.contains((Object) null)));
    }

    @Test
    void projectListsTakeTheListPagesFiltersAndPageBySize() throws Exception {
        mvc.perform(get(API + "/plans/kagoshima-shokogyo/projects").param("evaluation", "◎").param("size", "20")
                        .param("page", "5"))
                .andExpect(jsonPath("$.total").value(85))
                .andExpect(jsonPath("$.pages").value(5))
                .andExpect(jsonPath("$.pageSize").value(20))
                .andExpect(jsonPath("$.projects.length()").value(5))
                .andExpect(jsonPath("$.projects[0].years[0].evaluation").value("◎"));
        mvc.perform(get(API + "/plans/kumamoto-chusho/projects").param("node", "4"))
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.projects[0].years[0].budget.kind").value("NONE"))
                .andExpect(jsonPath("$.projects[0].years[0].budget.thousandYen").doesNotExist());
    }

    @Test
    void aProjectHasItsPlacementsYearRecordsAndSources() throws Exception {
        mvc.perform(get(API + "/plans/kumamoto-chusho/projects/成長産業創出支援事業"))
                .andExpect(jsonPath("$.placements.length()").value(3))
                .andExpect(jsonPath("$.placements[1].primary").value(false))
                .andExpect(jsonPath("$.placements[1].node").value("2/③"))
                .andExpect(jsonPath("$.placements[0].trail[1].title").value("創業支援"))
                .andExpect(jsonPath("$.placements[0].source.firstLine").value(28))
                .andExpect(jsonPath("$.years[0].budget.thousandYen").value(16_072))
                .andExpect(jsonPath("$.sources[0].layout").value("kumamoto-jigyo-ichiran"));
        mvc.perform(get(API + "/plans/kagoshima-shokogyo/projects/7"))
                .andExpect(jsonPath("$.period.start").value(1980))
                .andExpect(jsonPath("$.period.printed").value("S55年度～"))
                .andExpect(jsonPath("$.formerNames[0]").value("観光かごしまプロモーション事業"));
    }

    @Test
    void unknownThingsAreProblemDetailsInJapanese() throws Exception {
        mvc.perform(get(API + "/plans/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("見つかりません: nowhere"));
        mvc.perform(get(API + "/plans/nowhere/organizations")).andExpect(status().isNotFound());
    }

    private void check(Map<String, Object> document, String path, String url, String status) throws Exception {
        var response = mvc.perform(get(API + url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(Integer.parseInt(status));
        var body = json.readValue(response.getContentAsString(StandardCharsets.UTF_8), Object.class);
        var schema = schema(document, path, status);
        assertThat(SchemaCheck.problems(document, schema, body)).as(url).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(Map<String, Object> document, String path, String status) {
        var operation = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document.get("paths"))
                .get(path)).get("get");
        var response = (Map<String, Object>) ((Map<String, Object>) operation.get("responses")).get(status);
        var contents = (Map<String, Map<String, Object>>) response.get("content");
        return (Map<String, Object>) contents.values().iterator().next().get("schema");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> openApi() throws Exception {
        var text = mvc.perform(get(API + "/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readValue(text, Map.class);
    }
}

package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.shinko.csv.CsvCell;
import jp.shinko.cycle.Accounts;
import jp.shinko.cycle.AddUser;
import jp.shinko.cycle.CycleFixture;
import jp.shinko.cycle.OpenFiscalYear;
import jp.shinko.ingest.ImportDocuments;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * CSV injection: an editor's project name, an organization and a municipality that start with
 * {@code =}, {@code @} or {@code +} come out of every CSV the web app writes (projects.csv, open
 * data, audit.csv, compare.csv, progress.csv) with a leading apostrophe, so no spreadsheet runs
 * them. The database is this class's own: the planted names must not leak into other tests.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:csv-injection;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "shinko.security.bcrypt-cost=4"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvInjectionTest {

    static final String PLANTED = "=HYPERLINK(\"http://evil.example/\",\"詳細\")";
    private static final String ROUND = "/cycle/" + CycleFixture.KAGOSHIMA + "/2021";
    private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

    @Autowired MockMvc mvc;

    @BeforeAll
    void plant(@Autowired ImportDocuments imports, @Autowired AddUser addUser, @Autowired Accounts accounts,
               @Autowired OpenFiscalYear open, @Autowired JdbcClient jdbc) throws Exception {
        CycleFixture.prepare(imports, addUser, accounts, open);
        // The rename is how an editor plants a name: the command stores it and audits it.
        mvc.perform(post(ROUND + "/records/8/rename").with(csrf()).with(COORDINATOR).param("name", PLANTED))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("事業名を「")));
        // Names no form lets anyone change to this, but an imported document could carry them.
        jdbc.sql("UPDATE round_entries SET organization_name = '@SUM(1+1)*cmd|'' /C calc''!A0'"
                + " WHERE organization_name = '国際交流課'").update();
        jdbc.sql("UPDATE projects SET name = :name WHERE project_key = '10'").param("name", "-1+" + PLANTED).update();
        jdbc.sql("UPDATE municipalities SET name = '+鹿児島市' WHERE code = '462012'").update();
    }

    @Test
    void projectsCsv() throws Exception {
        var rows = csv("/plans/" + CycleFixture.KAGOSHIMA + "/projects.csv");
        assertThat(column(rows, 1)).contains("'-1+" + PLANTED);
        assertSafe(rows);
    }

    @Test
    void openData() throws Exception {
        var rows = csv("/plans/" + CycleFixture.KAGOSHIMA + "/downloads/csv?year=2020");
        assertThat(rows.stream().flatMap(List::stream)).contains("'-1+" + PLANTED, "'+鹿児島市");
        assertSafe(rows);
    }

    @Test
    void auditCsv() throws Exception {
        var rows = csv("/audit/" + CycleFixture.KAGOSHIMA + "/audit.csv");
        assertThat(rows.stream().flatMap(List::stream)).contains("'" + PLANTED);
        assertSafe(rows);
    }

    @Test
    void compareCsv() throws Exception {
        var rows = csv("/compare.csv?plans=" + CycleFixture.KAGOSHIMA + ":2020");
        assertThat(column(rows, 0)).contains("'+鹿児島市");
        assertSafe(rows);
    }

    @Test
    void progressCsv() throws Exception {
        var rows = csv(ROUND + "/progress.csv");
        assertThat(column(rows, 0)).contains("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertSafe(rows);
    }

    private List<List<String>> csv(String url) throws Exception {
        var text = mvc.perform(get(url).with(COORDINATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var rows = new ArrayList<List<String>>();
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text.replace("\uFEFF", "")))) {
            parser.forEach(r -> rows.add(r.toList()));
        }
        assertThat(rows).hasSizeGreaterThan(1);
        return rows;
    }

    private static List<String> column(List<List<String>> rows, int index) {
        return rows.stream().map(r -> r.get(index)).toList();
    }

    /** No cell a spreadsheet would take for a formula: each is text with an apostrophe, or a plain number. */
    static void assertSafe(List<List<String>> rows) {
        for (var row : rows) {
            for (var cell : row) {
                assertThat(CsvCell.safe(cell)).as("cell %s in %s", cell, row).isTrue();
            }
        }
    }
}

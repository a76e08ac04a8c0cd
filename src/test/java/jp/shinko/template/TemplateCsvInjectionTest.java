package jp.shinko.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.zip.ZipInputStream;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;
import org.junit.jupiter.api.Test;

/**
 * The template's CSV archive neutralizes formula-like cells (OWASP) and the reader undoes it, so a
 * project named {@code =HYPERLINK(...)} is harmless in Excel and still itself after a round trip.
 */
class TemplateCsvInjectionTest {

    private static final String PLANTED = "=HYPERLINK(\"http://evil.example/\",\"x\")";

    @Test
    void aPlantedFormulaIsTextInTheArchiveAndTheSameTextWhenReadBack() throws Exception {
        var original = Samples.KAGOSHIMA.content();
        var projects = new ArrayList<>(original.projects());
        var first = projects.get(0);
        projects.set(0, new Project(first.key(), PLANTED, first.formerNames(), first.notes(), first.period(),
                "'-quoted already", first.implementer(), first.departments(), first.related(),
                first.strategicMarks(), first.strategicProjects(), first.cityOwn()));
        var planted = new PlanContent(original.municipality(), original.plan(), original.source(), original.nodes(),
                original.organizations(), projects, original.placements(), original.yearRecords());

        byte[] file = TemplateWriter.toBytes(planted, TemplateFormat.CSV_ZIP);
        var all = new StringBuilder();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(file), StandardCharsets.UTF_8)) {
            while (zip.getNextEntry() != null) {
                all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(all).contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\",")
                .contains(",''-quoted already,").doesNotContain(",\"=HYPERLINK");

        var readBack = new TemplateReader().content("plan.zip", file);
        assertThat(readBack.projects().get(0).name()).isEqualTo(PLANTED);
        assertThat(readBack.projects().get(0).summary()).isEqualTo("'-quoted already");
        assertThat(readBack).isEqualTo(planted);
    }
}

package jp.shinko.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Export then import gives the same plan content, for both samples and both file forms. */
class TemplateRoundTripTest {

    private final TemplateReader reader = new TemplateReader();

    @ParameterizedTest
    @CsvSource({"KAGOSHIMA, XLSX", "KAGOSHIMA, CSV_ZIP", "KUMAMOTO, XLSX", "KUMAMOTO, CSV_ZIP"})
    void exportThenImportGivesEqualContent(Samples sample, TemplateFormat format) {
        var original = sample.content();
        byte[] file = TemplateWriter.toBytes(original, format);
        var readBack = reader.content("plan." + format.extension(), file);
        assertThat(readBack.source()).isEqualTo(original.source());
        assertThat(readBack.plan()).isEqualTo(original.plan());
        assertThat(readBack.nodes()).containsExactlyElementsOf(original.nodes());
        assertThat(readBack.organizations()).containsExactlyElementsOf(original.organizations());
        assertThat(readBack.projects()).containsExactlyElementsOf(original.projects());
        assertThat(readBack.placements()).containsExactlyElementsOf(original.placements());
        assertThat(readBack.yearRecords()).containsExactlyElementsOf(original.yearRecords());
        assertThat(readBack).isEqualTo(original);
    }
}

package jp.shinko.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/template.md documents every sheet and column the code writes and reads, by both names. */
class TemplateDocumentationTest {

    @Test
    void everySheetAndColumnIsDocumentedWithItsJapaneseNameAndEnglishId() throws IOException {
        String doc = Files.readString(Path.of("docs/template.md"));
        for (var sheet : PlanWorkbook.SHEETS) {
            String heading = "### " + sheet.name() + " (`" + sheet.id() + "`)";
            assertThat(doc).contains(heading);
            int start = doc.indexOf(heading);
            int end = doc.indexOf("\n### ", start + 1);
            String section = doc.substring(start, end < 0 ? doc.length() : end);
            for (var column : sheet.columns()) {
                assertThat(section).as(sheet.name() + " " + column.label())
                        .contains(column.label()).contains("`" + column.id() + "`");
            }
        }
    }

    @Test
    void theChoicesAreDocumentedInBothLanguages() throws IOException {
        String doc = Files.readString(Path.of("docs/template.md"));
        YearRecordSheet.STATUS_LABELS.forEach((status, label) -> assertThat(doc).contains(label + " `" + status + "`"));
        OrganizationSheet.KIND_LABELS.forEach((kind, label) -> assertThat(doc).contains(label + " `" + kind + "`"));
        PrioritySheet.ENTRY_LABELS.forEach((entry, label) -> assertThat(doc).contains(label + " `" + entry + "`"));
    }
}

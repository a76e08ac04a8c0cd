package jp.shinko.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The rules a page draws, in page space (from the top left), as a table's grid lines. */
class PageRulingsTest {

    @Test
    void bordersStrokedOrFilledAsThinBoxesAreRulesAndPiecesOfOneLineAreOneRule() throws IOException {
        try (var document = new PDDocument()) {
            var page = new PDPage(new PDRectangle(200, 200));
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.setLineWidth(0.5f);
                content.addRect(20, 100, 160, 80);                 // a stroked box: y 20–100 from the top
                content.stroke();
                content.moveTo(100, 180);                          // a stroked line down its middle
                content.lineTo(100, 100);
                content.stroke();
                content.addRect(20, 139.75f, 80, 0.5f);            // a filled rule in two pieces that meet
                content.addRect(100, 139.75f, 80, 0.5f);
                content.fill();
                content.addRect(30, 30, 50, 20);                   // shading, no rule
                content.fill();
                content.moveTo(150, 30);                           // a tick, too short for a rule
                content.lineTo(152, 30);
                content.stroke();
            }
            assertThat(PageRulings.of(page)).containsExactly(
                    new Ruling(true, 20, 19.75f, 180.25f),
                    new Ruling(true, 60, 20, 180),
                    new Ruling(true, 100, 19.75f, 180.25f),
                    new Ruling(false, 20, 19.75f, 100.25f),
                    new Ruling(false, 100, 19.75f, 100.25f),
                    new Ruling(false, 180, 19.75f, 100.25f));
        }
    }

    @Test
    void piecesApartOnOneLineStayTwoRules() {
        var pieces = List.of(new Ruling(true, 10, 50, 60), new Ruling(true, 10.4f, 0, 20), new Ruling(true, 10.2f, 20.5f, 30));
        assertThat(PageRulings.merged(pieces)).hasSize(2).satisfiesExactly(
                first -> assertThat(first).extracting(Ruling::from, Ruling::to).containsExactly(0f, 30f),
                second -> assertThat(second).extracting(Ruling::from, Ruling::to).containsExactly(50f, 60f));
    }
}

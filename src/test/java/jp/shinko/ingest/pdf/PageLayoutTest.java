package jp.shinko.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Glyph positions laid out again as text lines: words, cells, blank lines and page breaks. */
class PageLayoutTest {

    static final float EM = 10;
    static final float MARGIN = 50;

    /** Glyphs of {@code text} one em wide each from {@code x}, on one baseline. */
    static List<Glyph> run(float x, float baseline, String text) {
        var glyphs = new ArrayList<Glyph>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(x + i * EM, baseline, EM, EM, String.valueOf(text.charAt(i))));
        }
        return glyphs;
    }

    static List<Glyph> concat(List<List<Glyph>> runs) {
        return runs.stream().flatMap(List::stream).toList();
    }

    static PrintedLine line(float baseline, String text) {
        return new PrintedLine(1, baseline, MARGIN, EM, text);
    }

    @Test
    void gapsWithoutSpaceGlyphsBecomeASpaceBetweenWordsAndATabBetweenCells() {
        var glyphs = concat(List.of(
                run(MARGIN, 100, "ab"),            // ends at 70
                run(71, 100, "cd"),                // 0.1 em: kerning, no space; ends at 91
                run(94, 100, "ef"),                // 0.3 em: a word gap; ends at 114
                run(134, 100, "gh")));             // 2 em: a column gap
        assertThat(PrintedLine.of(1, glyphs)).extracting(PrintedLine::text).containsExactly("abcd ef\tgh");
    }

    @Test
    void spacesThePdfPrintsAreKeptAsPrintedAndNoneIsAdded() {
        var glyphs = concat(List.of(run(MARGIN, 100, " 網 か"), run(MARGIN + 5 * EM, 100, "　け")));
        assertThat(PrintedLine.of(1, glyphs)).extracting(PrintedLine::text).containsExactly(" 網 か　け");
    }

    @Test
    void glyphsSlightlyOffTheBaselineStayOnTheLineAndLinesComeTopToBottom() {
        var glyphs = concat(List.of(run(MARGIN, 120, "下"), run(MARGIN, 100, "上"),
                run(MARGIN + EM, 102, "付"), run(MARGIN + 2 * EM, 100, "き")));
        assertThat(PrintedLine.of(1, glyphs)).extracting(PrintedLine::text).containsExactly("上付き", "下");
    }

    @Test
    void gapsOfWholeLinePitchesAreBlankLines() {
        var page = List.of(line(100, "a"), line(110, "b"), line(130, "c"), line(160, "d"));
        assertThat(PageLayout.pitch(List.of(page))).isEqualTo(10f);
        assertThat(PageLayout.lines(List.of(page))).containsExactly("a", "b", "", "c", "", "", "d");
    }

    @Test
    void blankLinesAtPageEdgesAreMeasuredFromTheTextAreaOfAllPages() {
        var first = List.of(line(100, "a"), line(110, "b"), line(120, "c"), line(130, "d"));
        var second = List.of(line(110, "e"), line(120, "f"));      // one blank line on top, one below
        var third = List.of(line(100, "g"), line(110, "h"));        // the last page: nothing after it
        assertThat(PageLayout.lines(List.of(first, second, List.of(), third)))
                .containsExactly("a", "b", "c", "d", "", "e", "f", "", "g", "h");
    }

    @Test
    void aLineIndentedByAColumnGapStartsWithATab() {
        var page = List.of(line(100, "(1)\t名前"), new PrintedLine(1, 110, MARGIN + 5 * EM, EM, "概要"),
                new PrintedLine(1, 120, MARGIN + EM, EM, "字下げ"));
        assertThat(PageLayout.lines(List.of(page))).containsExactly("(1)\t名前", "\t概要", "字下げ");
    }

    @Test
    void aTextWithoutARegularPitchHasNoBlankLines() {
        var single = List.of(List.of(line(100, "a")), List.of(line(300, "b")));
        assertThat(PageLayout.lines(single)).containsExactly("a", "b");
        assertThat(PageLayout.lines(List.of(List.of(), List.of()))).isEmpty();
    }
}

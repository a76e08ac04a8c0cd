package jp.shinko.ingest.pdf;

import static jp.shinko.ingest.pdf.PageLayoutTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.shinko.ingest.LineEnd;
import org.junit.jupiter.api.Test;

/** Ruled tables laid out cell by cell, each line of a cell a wrap or a break. */
class TableLayoutTest {

    /** Columns № (50–80), 名称 (80–130: 4.8 em inside a padding of 1), 金額 (130–180). */
    static final float[] COLUMNS = {50, 80, 130, 180};
    static final float PADDING = 1;
    static final float PITCH = 12;

    /** The grid: the column rules from {@code top} to {@code bottom}, a row rule at each of {@code rows}. */
    static List<Ruling> grid(float... rows) {
        var rules = new ArrayList<Ruling>();
        for (float x : COLUMNS) {
            rules.add(new Ruling(false, x, rows[0], rows[rows.length - 1]));
        }
        for (float y : rows) {
            rules.add(new Ruling(true, y, COLUMNS[0], COLUMNS[COLUMNS.length - 1]));
        }
        return rules;
    }

    /** A cell's text in column {@code column}, one entry per line, from the first baseline on. */
    static List<Glyph> cell(int column, float firstBaseline, float pitch, String... lines) {
        var glyphs = new ArrayList<Glyph>();
        for (int i = 0; i < lines.length; i++) {
            glyphs.addAll(run(COLUMNS[column] + PADDING, firstBaseline + i * pitch, lines[i]));
        }
        return glyphs;
    }

    @SafeVarargs
    static List<Glyph> page(List<Glyph>... cells) {
        return java.util.Arrays.stream(cells).flatMap(List::stream).toList();
    }

    static List<TextLine> laidOut(PrintedPage... pages) {
        return PageLayout.text(List.of(pages));
    }

    static TextLine wraps(String text) {
        return new TextLine(text, LineEnd.WRAP);
    }

    static TextLine breaks(String text) {
        return new TextLine(text, LineEnd.BREAK);
    }

    @Test
    void singleLineCellsSideBySideShareATabbedLineAndALongerCellStandsOnItsOwnLines() {
        // Row 100–140: 1 | a name of three lines, the middle one centred on the others' baseline | 1,100
        var page = PageCells.of(1, page(cell(0, 124, 0, "1"), cell(1, 112, PITCH, "ABCD", "EF", "GH"),
                cell(2, 124, 0, "1100")), grid(100, 140));
        assertThat(page.lines()).isEmpty();
        assertThat(laidOut(page)).containsExactly(breaks("1"), TextLine.BLANK,
                wraps("ABCD"), breaks("EF"), breaks("GH"), TextLine.BLANK, breaks("1100"));
    }

    @Test
    void aLineWrapsWhereTheNextLinesFirstPieceWouldNotHaveFittedAfterIt() {
        // 4.8 em inside: after ABCD not even E fits (a wrap); after AB, CD would have (a break); the
        // word C.DE would not have.
        var page = PageCells.of(1, page(cell(0, 112, 0, "1"), cell(1, 112, PITCH, "ABCD", "E", "AB", "CD", "AB", "C.DE"),
                cell(2, 112, 0, "2")), grid(100, 180));
        assertThat(laidOut(page)).containsExactly(breaks("1"), TextLine.BLANK, wraps("ABCD"), breaks("E"),
                breaks("AB"), breaks("CD"), wraps("AB"), breaks("C.DE"), TextLine.BLANK, breaks("2"));
    }

    @Test
    void whereTheDocumentSpacesItsParagraphsTheSpaceAloneTellsABreak() {
        // Lines at the pitch wrap and lines a point further apart break, full or not; a blank line is
        // a whole line left empty.
        var name = page(run(81, 112, "AB"), run(81, 124, "ABCD"), run(81, 137, "AB"), run(81, 149, "CD"),
                run(81, 162, "EF"), run(81, 188, "GH"));
        var page = PageCells.of(1, page(cell(0, 112, 0, "1"), name), grid(100, 200));
        assertThat(laidOut(page)).containsExactly(breaks("1"), TextLine.BLANK, wraps("AB"), breaks("ABCD"),
                wraps("AB"), breaks("CD"), breaks("EF"), TextLine.BLANK, breaks("GH"));
    }

    @Test
    void textOutsideTheRulesKeepsItsPlaceAboveAndBelowTheTable() {
        var glyphs = page(run(50, 60, "Title"), run(50, 80, "Legend"), cell(0, 112, 0, "1"), cell(1, 112, 0, "AB"),
                run(100, 200, "1 / 1"));
        var page = PageCells.of(1, glyphs, grid(100, 120));
        assertThat(page.lines()).extracting(PrintedLine::text).containsExactly("Title", "Legend", "1 / 1");
        assertThat(laidOut(page)).extracting(TextLine::text)
                .containsExactly("Title", "", "Legend", "", "1\tAB", "", "1 / 1");
    }

    @Test
    void headerRowsRepeatedAfterAPageBreakAreLeftOut() {
        var header = page(cell(0, 112, 0, "No"), cell(1, 112, 0, "Name"), cell(2, 112, 0, "Sum"));
        var first = PageCells.of(1, page(header, cell(0, 132, 0, "1"), cell(1, 132, 0, "A")), grid(100, 120, 140));
        var second = PageCells.of(2, page(header, cell(0, 132, 0, "2"), cell(1, 132, 0, "B")), grid(100, 120, 140));
        assertThat(laidOut(first, second)).extracting(TextLine::text)
                .containsExactly("No\tName\tSum", "", "1\tA", "", "2\tB");
    }

    @Test
    void aPageWithoutRulesIsLaidOutAsBefore() {
        var page = PageCells.of(1, page(run(50, 100, "a"), run(50, 110, "b"), run(50, 130, "c")), List.of());
        assertThat(page.cells()).isEmpty();
        assertThat(laidOut(page)).containsExactly(TextLine.of("a"), TextLine.of("b"), TextLine.of(""), TextLine.of("c"));
    }
}

package jp.shinko.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the printed lines of all pages back together as the lines of one text. A list's parsers
 * read blank lines as cell and record separators, and a PDF prints a blank line as nothing but a
 * wider gap, so gaps become blank lines again: the line pitch is the most common distance between
 * baselines, a gap of n pitches is n - 1 blank lines, and at page edges the gap is measured from
 * the highest first line and the lowest last line of any page (the text area's top and bottom). A
 * line indented by a column gap from the text's left edge starts with a tab, as a table row with
 * an empty first cell does.
 */
final class PageLayout {

    private PageLayout() {
    }

    /**
     * The pages as text lines: laid out as before where no page prints a ruled table, else each
     * page on its own, tables cell by cell ({@link TableLayout}), with a blank line between pages.
     */
    static List<TextLine> text(List<PrintedPage> pages) {
        if (pages.stream().allMatch(page -> page.cells().isEmpty())) {
            return lines(pages.stream().map(PrintedPage::lines).toList()).stream().map(TextLine::of).toList();
        }
        var tables = new TableLayout(pages);
        var out = new ArrayList<TextLine>();
        for (var page : pages) {
            if (page.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
                out.add(TextLine.BLANK);
            }
            out.addAll(tables.page(page));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The lines of {@code pages} (each top to bottom, pages in order) as text lines. */
    static List<String> lines(List<List<PrintedLine>> pages) {
        var printed = pages.stream().filter(page -> !page.isEmpty()).toList();
        if (printed.isEmpty()) {
            return List.of();
        }
        float pitch = pitch(printed);
        float top = (float) printed.stream().mapToDouble(page -> page.get(0).baseline()).min().orElseThrow();
        float bottom = (float) printed.stream().mapToDouble(page -> page.get(page.size() - 1).baseline()).max().orElseThrow();
        float left = (float) printed.stream().flatMap(List::stream).mapToDouble(PrintedLine::left).min().orElseThrow();
        var lines = new ArrayList<String>();
        for (int p = 0; p < printed.size(); p++) {
            var page = printed.get(p);
            addBlankLines(lines, skippedLines(page.get(0).baseline() - top, pitch));
            for (int i = 0; i < page.size(); i++) {
                var line = page.get(i);
                if (i > 0) {
                    addBlankLines(lines, skippedLines(line.baseline() - page.get(i - 1).baseline(), pitch) - 1);
                }
                boolean indented = line.left() - left >= PrintedLine.COLUMN_GAP_EM * line.em();
                lines.add(indented ? "\t" + line.text() : line.text());
            }
            if (p < printed.size() - 1) {
                addBlankLines(lines, skippedLines(bottom - page.get(page.size() - 1).baseline(), pitch));
            }
        }
        return lines;
    }

    /** How many line pitches a vertical distance spans; none if the text has no regular pitch. */
    private static int skippedLines(float distance, float pitch) {
        return pitch > 0 ? Math.round(distance / pitch) : 0;
    }

    private static void addBlankLines(List<String> lines, int count) {
        for (int i = 0; i < count; i++) {
            lines.add("");
        }
    }

    /** The most common distance between consecutive baselines on a page, to a tenth of a point. */
    static float pitch(List<List<PrintedLine>> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (var page : pages) {
            for (int i = 1; i < page.size(); i++) {
                int tenths = Math.round((page.get(i).baseline() - page.get(i - 1).baseline()) * 10);
                if (tenths > 0) {
                    counts.merge(tenths, 1, Integer::sum);
                }
            }
        }
        int best = 0;
        for (var entry : counts.entrySet()) {
            int count = entry.getValue();
            int bestCount = counts.getOrDefault(best, 0);
            if (count > bestCount || count == bestCount && entry.getKey() < best) {
                best = entry.getKey();
            }
        }
        return best / 10f;
    }
}

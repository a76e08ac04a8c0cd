package jp.shinko.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a page's glyphs into the table cells its rules enclose: a glyph is in a cell when rules
 * stand on all four sides of it (the nearest ones are the cell's borders); other glyphs are free
 * text. A merged cell has no rule through it, so it is one cell as printed.
 *
 * <p>A cell's line is full where the first piece of the next line that cannot be split (a
 * character with the punctuation that may not start a line, a Latin word) would not have fitted
 * after it: the cells' inner width is their width less the padding on both sides, which is the
 * most common distance of a line from its cell's left border on the page (text is mostly
 * left-aligned).
 */
final class PageCells {

    /** Where a glyph's middle is, in em above its baseline. */
    private static final float MIDDLE_EM = 0.35f;
    /** Slack (points) for a rule ending just short of a glyph. */
    private static final float SLACK = 0.5f;
    /** Characters that may not start a line (closing brackets and marks, small kana, the long vowel). */
    private static final String NO_LINE_START = "、。，．,.：；:;？！?!）)］]｝}〕〉》」』】〙〗'\"’”"
            + "ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・･…‥％%";
    /** Characters that may not end a line (opening brackets). */
    private static final String NO_LINE_END = "（(［[｛{〔〈《「『【〘〖‘“";

    private record Box(float left, float top, float right, float bottom) {
    }

    private PageCells() {
    }

    /** The page with its glyphs in cells where {@code rulings} enclose them. */
    static PrintedPage of(int page, List<Glyph> glyphs, List<Ruling> rulings) {
        var horizontal = rulings.stream().filter(Ruling::horizontal).toList();
        var vertical = rulings.stream().filter(r -> !r.horizontal()).toList();
        Map<Box, List<Glyph>> cells = new LinkedHashMap<>();
        var free = new ArrayList<Glyph>();
        for (var glyph : glyphs) {
            var box = box(glyph, horizontal, vertical);
            if (box == null) {
                free.add(glyph);
            } else {
                cells.computeIfAbsent(box, b -> new ArrayList<>()).add(glyph);
            }
        }
        Map<Box, List<List<Glyph>>> rows = new LinkedHashMap<>();
        Map<Integer, Integer> indents = new HashMap<>();
        for (var entry : cells.entrySet()) {
            var printed = PrintedLine.rows(entry.getValue()).stream()
                    .filter(row -> !row.stream().allMatch(g -> g.text().isEmpty())).toList();
            if (!printed.isEmpty()) {
                rows.put(entry.getKey(), printed);
                for (var row : printed) {
                    indents.merge(Math.round((row.get(0).x() - entry.getKey().left()) * 10), 1, Integer::sum);
                }
            }
        }
        float padding = indents.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 10f).orElse(0f);
        var tableCells = new ArrayList<TableCell>();
        for (var entry : rows.entrySet()) {
            tableCells.add(cell(page, entry.getKey(), entry.getValue(), padding));
        }
        return new PrintedPage(PrintedLine.of(page, free), tableCells);
    }

    private static TableCell cell(int page, Box box, List<List<Glyph>> rows, float padding) {
        var lines = new ArrayList<PrintedLine>();
        var full = new ArrayList<Boolean>();
        float inner = box.right() - box.left() - 2 * padding;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            lines.add(PrintedLine.line(page, row));
            if (i + 1 < rows.size()) {
                var last = row.get(row.size() - 1);
                float width = last.right() - row.get(0).x();
                full.add(width + lead(rows.get(i + 1)) > inner + SLACK);
            } else {
                full.add(false);
            }
        }
        return new TableCell(box.left(), box.top(), box.right(), box.bottom(), lines, full);
    }

    /** The width of the first piece of a line that a line break cannot split. */
    static float lead(List<Glyph> row) {
        var first = row.get(0);
        float width = first.width();
        for (int i = 1; i < row.size(); i++) {
            String previous = row.get(i - 1).text();
            String text = row.get(i).text();
            boolean joins = isIn(NO_LINE_END, previous) || isIn(NO_LINE_START, text)
                    || isWordChar(previous) && isWordChar(text);
            if (!joins) {
                break;
            }
            width = row.get(i).right() - first.x();
        }
        return width;
    }

    private static boolean isIn(String characters, String text) {
        return !text.isEmpty() && characters.contains(text);
    }

    private static boolean isWordChar(String text) {
        return text.length() == 1 && text.charAt(0) > ' ' && text.charAt(0) < 0x7f;
    }

    /** The box of the rules nearest the glyph on each side, or null where a side has none. */
    private static Box box(Glyph glyph, List<Ruling> horizontal, List<Ruling> vertical) {
        float x = glyph.x() + glyph.width() / 2;
        float y = glyph.baseline() - MIDDLE_EM * glyph.em();
        float left = Float.NEGATIVE_INFINITY;
        float right = Float.POSITIVE_INFINITY;
        for (var rule : vertical) {
            if (rule.spans(y, SLACK)) {
                if (rule.at() <= x) {
                    left = Math.max(left, rule.at());
                } else {
                    right = Math.min(right, rule.at());
                }
            }
        }
        float top = Float.NEGATIVE_INFINITY;
        float bottom = Float.POSITIVE_INFINITY;
        for (var rule : horizontal) {
            if (rule.spans(x, SLACK)) {
                if (rule.at() <= y) {
                    top = Math.max(top, rule.at());
                } else {
                    bottom = Math.min(bottom, rule.at());
                }
            }
        }
        if (Float.isInfinite(left) || Float.isInfinite(right) || Float.isInfinite(top) || Float.isInfinite(bottom)) {
            return null;
        }
        return new Box(left, top, right, bottom);
    }
}

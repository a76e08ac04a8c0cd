package jp.shinko.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;

/**
 * Text as safe HTML: every character of the text escaped by Lucene's passage formatter, and
 * only the matched ranges wrapped in {@code <mark>}. Nothing else produces the HTML that pages
 * render unescaped.
 */
final class MarkedText {

    /** Longest passage shown under a result's name, in characters. */
    static final int PASSAGE_LENGTH = 120;
    /** Characters kept before the first match, unless a sentence ends there. */
    private static final int LEAD = 30;
    private static final String ELLIPSIS = "…";

    private static final DefaultPassageFormatter FORMATTER =
            new DefaultPassageFormatter("<mark>", "</mark>", ELLIPSIS, true);

    private MarkedText() {
    }

    /** A half-open range of characters [start, end). */
    record Range(int start, int end) {
    }

    /** Sorted, with overlapping or touching ranges merged. */
    static List<Range> merge(List<Range> ranges) {
        var sorted = new ArrayList<>(ranges);
        sorted.removeIf(r -> r.end() <= r.start());
        sorted.sort(Comparator.comparingInt(Range::start));
        var merged = new ArrayList<Range>();
        for (var range : sorted) {
            if (!merged.isEmpty() && range.start() <= merged.get(merged.size() - 1).end()) {
                var last = merged.remove(merged.size() - 1);
                merged.add(new Range(last.start(), Math.max(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    /** The whole text with its matches marked. */
    static String whole(String text, List<Range> ranges) {
        return format(text, 0, text.length(), ranges);
    }

    /**
     * A passage of at most {@link #PASSAGE_LENGTH} characters around the first match, starting
     * after the end of the sentence before it where that is near.
     */
    static String around(String text, List<Range> ranges) {
        var first = ranges.get(0);
        int start = Math.max(0, first.start() - LEAD);
        for (int i = first.start() - 1; i >= start; i--) {
            if ("。！？\n".indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        int end = Math.min(text.length(), Math.max(start + PASSAGE_LENGTH, first.end()));
        return (start > 0 ? ELLIPSIS : "") + format(text, start, end, ranges)
                + (end < text.length() ? ELLIPSIS : "");
    }

    /** The start of the text, escaped, with nothing marked. */
    static String head(String text) {
        int end = Math.min(text.length(), PASSAGE_LENGTH);
        return format(text, 0, end, List.of()) + (end < text.length() ? ELLIPSIS : "");
    }

    private static String format(String text, int start, int end, List<Range> ranges) {
        var passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (var range : merge(ranges)) {
            int from = Math.max(start, range.start());
            int to = Math.min(end, range.end());
            if (from < to) {
                passage.addMatch(from, to, null, 1);
            }
        }
        return FORMATTER.format(new Passage[] {passage}, text);
    }
}

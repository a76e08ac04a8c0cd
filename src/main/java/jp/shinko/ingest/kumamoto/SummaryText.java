package jp.shinko.ingest.kumamoto;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A 事業概要 as plain text. Some summaries were pasted as HTML ({@code <p>…</p> <p>…</p>}): each
 * paragraph becomes one line, separated by "\n", and no markup is stored. Everything else is kept
 * as printed, letter-spaced words such as {@code X O S S P O I N T .} or {@code M I C E}
 * included: closing the gaps would be a guess about what the author meant.
 *
 * @param text           the plain text
 * @param droppedMarkup  tags other than p/br that were removed (reported as a warning)
 */
record SummaryText(String text, List<String> droppedMarkup) {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?i)</p>\\s*<p(?:\\s[^>]*)?>|<br\\s*/?>");
    private static final Pattern PARAGRAPH_EDGE = Pattern.compile("(?i)^\\s*<p(?:\\s[^>]*)?>|</p>\\s*$");
    private static final Pattern OTHER_TAG = Pattern.compile("</?[A-Za-z][^<>]*>");

    SummaryText {
        droppedMarkup = List.copyOf(droppedMarkup);
    }

    /** The summary printed on {@code lines}, one paragraph per line or per {@code <p>}. */
    static SummaryText of(List<String> lines) {
        var paragraphs = new java.util.ArrayList<String>();
        var dropped = new java.util.ArrayList<String>();
        for (var line : lines) {
            var text = PARAGRAPH_BREAK.matcher(line).replaceAll("\n");
            text = PARAGRAPH_EDGE.matcher(text).replaceAll("");
            var other = OTHER_TAG.matcher(text);
            while (other.find()) {
                dropped.add(other.group());
            }
            text = decodeEntities(other.replaceAll(""));
            for (var paragraph : text.split("\n")) {
                var stripped = paragraph.strip();
                if (!stripped.isEmpty()) {
                    paragraphs.add(stripped);
                }
            }
        }
        return new SummaryText(String.join("\n", paragraphs), dropped);
    }

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}

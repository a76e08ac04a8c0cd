package jp.shinko.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of what a user typed. There is no query syntax, so nothing typed can be a syntax
 * error: the text is split at white space (full-width too), and quotes and brackets around a
 * word are dropped. Every word must match; a word the analyzers cut into pieces must match as a
 * phrase.
 */
final class QueryText {

    /** More words than this are ignored: a search box, not a document. */
    static final int MAX_TERMS = 10;

    private static final String WRAPPERS = "\"'“”‘’「」『』()（）[]［］{}｛｝<>＜＞";

    private QueryText() {
    }

    static List<String> terms(String text) {
        var terms = new ArrayList<String>();
        if (text == null) {
            return terms;
        }
        for (var part : text.split("[\\s\\u3000]+")) {
            var term = strip(part);
            if (!term.isEmpty() && !terms.contains(term) && terms.size() < MAX_TERMS) {
                terms.add(term);
            }
        }
        return terms;
    }

    private static String strip(String part) {
        int start = 0;
        int end = part.length();
        while (start < end && WRAPPERS.indexOf(part.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && WRAPPERS.indexOf(part.charAt(end - 1)) >= 0) {
            end--;
        }
        return part.substring(start, end);
    }
}

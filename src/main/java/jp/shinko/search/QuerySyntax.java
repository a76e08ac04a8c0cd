package jp.shinko.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed, read with the search page's small syntax; nothing typed is a syntax error:
 * <ul>
 *   <li>words separated by spaces must all match: {@code 創業 セミナー};</li>
 *   <li>{@code OR} between words lets either match: {@code 創業 OR 起業};</li>
 *   <li>quotes keep words together as one phrase: {@code "経営 相談"}, 「経営 相談」;</li>
 *   <li>a minus before a word leaves out the projects that have it: {@code 創業 -セミナー}.</li>
 * </ul>
 *
 * @param groups   what must match: each group one word or phrase, or several joined by OR
 * @param excluded words and phrases no hit may have
 */
record QuerySyntax(List<List<String>> groups, List<String> excluded) {

    private static final String OPEN = "\"“「『";
    private static final String CLOSE = "\"”」』";

    QuerySyntax {
        groups = groups.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    /** Every word and phrase that must or may match, in order (for highlighting). */
    List<String> terms() {
        return groups.stream().flatMap(List::stream).distinct().toList();
    }

    boolean isEmpty() {
        return groups.isEmpty() && excluded.isEmpty();
    }

    static QuerySyntax parse(String text) {
        var groups = new ArrayList<List<String>>();
        var excluded = new ArrayList<String>();
        if (text == null) {
            return new QuerySyntax(groups, excluded);
        }
        var tokens = tokens(Normalizer.normalize(text, Normalizer.Form.NFKC));
        boolean or = false;
        int count = 0;
        for (var token : tokens) {
            if (!token.quoted() && token.text().equals("OR")) {
                or = !groups.isEmpty();
                continue;
            }
            if (count >= QueryText.MAX_TERMS) {
                break;
            }
            var value = token.quoted() ? token.text().strip() : QueryText.terms(token.text()).stream().findFirst().orElse("");
            if (value.isEmpty()) {
                or = false;
                continue;
            }
            count++;
            if (token.negated()) {
                excluded.add(value);
            } else if (or) {
                groups.get(groups.size() - 1).add(value);
            } else {
                var group = new ArrayList<String>();
                group.add(value);
                groups.add(group);
            }
            or = false;
        }
        return new QuerySyntax(groups, excluded);
    }

    private record Token(String text, boolean quoted, boolean negated) {
    }

    private static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                i++;
                c = text.charAt(i);
            }
            int open = OPEN.indexOf(c);
            if (open >= 0) {
                int end = text.indexOf(CLOSE.charAt(open), i + 1);
                if (end < 0) {
                    end = text.length();
                }
                tokens.add(new Token(text.substring(i + 1, end), true, negated));
                i = end + 1;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '\u3000') {
                end++;
            }
            tokens.add(new Token(text.substring(i, end), false, negated));
            i = end;
        }
        return tokens;
    }

    /** The query written back, with {@code replace} applied to each word (for 「もしかして」). */
    String rewritten(java.util.function.UnaryOperator<String> replace) {
        var parts = new ArrayList<String>();
        for (var group : groups) {
            parts.add(String.join(" OR ", group.stream().map(t -> quoted(replace.apply(t))).toList()));
        }
        excluded.forEach(t -> parts.add("-" + quoted(t)));
        return String.join(" ", parts);
    }

    private static String quoted(String term) {
        return term.contains(" ") ? "\"" + term + "\"" : term;
    }
}

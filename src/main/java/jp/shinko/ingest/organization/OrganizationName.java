package jp.shinko.ingest.organization;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The canonical spelling of one organization name as printed in a cell: wrapped lines joined,
 * stray spaces inside Japanese text dropped, a leading list marker or role label (１　, ・,
 * 委託先：) removed, everything else as printed (㈱ stays ㈱). {@link #key()} is the comparison
 * key under which different spellings of the same body meet.
 */
public record OrganizationName(String canonical) {

    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(?:[0-9０-９]{1,2}[.．、]?[ 　]+|[0-9０-９]{1,2}[.．、]|[(（][0-9０-９]{1,2}[)）][ 　]*"
                    + "|[⑴-⒇①-⑳][ 　]*|[・･][ 　]*)");
    /** A short label naming the body's role in the project, e.g. 一部委託機関：. */
    private static final Pattern ROLE_LABEL = Pattern.compile("^[^：:（()）]{1,8}?(?:先|機関|者)[：:]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    private static final List<String[]> ABBREVIATIONS = List.of(
            new String[] {"(公社)", "公益社団法人"}, new String[] {"(公財)", "公益財団法人"},
            new String[] {"(一社)", "一般社団法人"}, new String[] {"(一財)", "一般財団法人"},
            new String[] {"(社)", "社団法人"}, new String[] {"(財)", "財団法人"},
            new String[] {"(独)", "独立行政法人"}, new String[] {"(株)", "株式会社"},
            new String[] {"(有)", "有限会社"});

    public OrganizationName {
        Objects.requireNonNull(canonical, "canonical");
        if (canonical.isBlank()) {
            throw new IllegalArgumentException("organization name is blank");
        }
    }

    /** The name printed over one or more lines of a cell (a cell wrapped at its width). */
    public static OrganizationName of(List<String> lines) {
        var joined = new StringBuilder();
        for (var raw : lines) {
            var line = strip(raw);
            if (line.isEmpty()) {
                continue;
            }
            // A wrap between two Latin words was a space; anywhere else it split a Japanese word.
            if (!joined.isEmpty() && isLatin(joined.charAt(joined.length() - 1)) && isLatin(line.charAt(0))) {
                joined.append(' ');
            }
            joined.append(line);
        }
        var text = ROLE_LABEL.matcher(LIST_MARKER.matcher(joined).replaceFirst("")).replaceFirst("");
        return new OrganizationName(dropStraySpaces(strip(text)));
    }

    /** The name printed in one piece; line breaks in it are wraps. */
    public static OrganizationName of(String printed) {
        return of(List.of(printed.split("\r?\n", -1)));
    }

    /**
     * The comparison key: NFKC (so ㈱ and (株), full- and half-width letters meet), no spaces,
     * and the usual legal-form abbreviations ((公社), (株) ...) written out.
     */
    public String key() {
        var key = SPACES.matcher(Normalizer.normalize(canonical, Normalizer.Form.NFKC)).replaceAll("");
        for (var abbreviation : ABBREVIATIONS) {
            key = key.replace(abbreviation[0], abbreviation[1]);
        }
        return key;
    }

    @Override
    public String toString() {
        return canonical;
    }

    /** Spaces are kept only between two Latin letters or digits (TAKUMI NEXT), as one space. */
    private static String dropStraySpaces(String text) {
        var matcher = SPACES.matcher(text);
        var out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(text, last, matcher.start());
            boolean between = matcher.start() > 0 && matcher.end() < text.length()
                    && isLatin(text.charAt(matcher.start() - 1)) && isLatin(text.charAt(matcher.end()));
            if (between) {
                out.append(' ');
            }
            last = matcher.end();
        }
        return out.append(text.substring(last)).toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 ? Character.isLetterOrDigit(c) : (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
                || (c >= '０' && c <= '９');
    }

    private static String strip(String s) {
        return s.replaceAll("^[\\s\u3000]+|[\\s\u3000]+$", "");
    }
}

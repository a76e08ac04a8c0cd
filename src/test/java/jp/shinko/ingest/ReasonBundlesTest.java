package jp.shinko.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two bundles of reasons say the same things: the same keys, the same placeholders, every
 * pattern usable; the code uses exactly their keys, and no reason in main code is a bare string.
 */
class ReasonBundlesTest {

    private static final Path MAIN = Path.of("src/main/java/jp/shinko");
    /** The packages whose errors and warnings are reasons. */
    private static final List<Path> READERS = List.of(MAIN.resolve("ingest"), MAIN.resolve("template"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z0-9-]+(?:\\.[a-z0-9-]+)+\\.?)\"");

    static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = ReasonBundlesTest.class.getResourceAsStream("/ingest/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Properties english() throws IOException {
        return bundle("messages.properties");
    }

    static Properties japanese() throws IOException {
        return bundle("messages_ja.properties");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(english().stringPropertyNames()).hasSizeGreaterThan(100)
                .containsExactlyInAnyOrderElementsOf(japanese().stringPropertyNames());
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        var en = english();
        var ja = japanese();
        for (var key : en.stringPropertyNames()) {
            assertThat(placeholders(ja.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void everyPatternFormatsEachOfItsArguments() throws IOException {
        for (var bundle : List.of(english(), japanese())) {
            for (var key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                // A lone apostrophe quotes the rest of a MessageFormat pattern: write two.
                assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
                var format = new MessageFormat(pattern, Locale.ROOT);
                var formats = format.getFormatsByArgumentIndex();
                var args = new Object[formats.length];
                for (int i = 0; i < args.length; i++) {
                    boolean numeric = formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat;
                    args[i] = numeric ? 7 : "<" + i + ">";
                }
                String text = format.format(args);
                for (int i = 0; i < args.length; i++) {
                    assertThat(text).as(key).contains(args[i] instanceof String s ? s : "7");
                }
                assertThat(text).as(key).doesNotContain("{", "}");
            }
        }
    }

    @Test
    void theCodeUsesEveryKeyAndNoOther() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (var source : sources()) {
            Matcher m = KEY_LITERAL.matcher(Files.readString(source));
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        var keys = english().stringPropertyNames();
        // A key built from a prefix and a count ("kumamoto.differences." + n) is used through its prefix.
        var unused = keys.stream()
                .filter(k -> !literals.contains(k) && !literals.contains(k.replaceFirst("\\d+$", "")))
                .filter(k -> !k.equals("verbatim") && !k.equals("list.separator"))
                .toList();
        assertThat(unused).as("keys no code uses").isEmpty();
        var prefixes = keys.stream().filter(k -> k.contains("."))
                .map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
        var unknown = literals.stream()
                .filter(l -> prefixes.stream().anyMatch(l::startsWith))
                .filter(l -> !keys.contains(l) && keys.stream().noneMatch(k -> k.startsWith(l) && l.endsWith(".")))
                .toList();
        assertThat(unknown).as("keys missing from the bundles").isEmpty();
    }

    @Test
    void noErrorOrWarningInMainCodeIsABareString() throws IOException {
        // ParseException takes only a Reason; ImportWarning also takes text worded in advance,
        // which main code must not use for text of its own; nor may it word a Reason in advance.
        var offenders = new ArrayList<String>();
        for (var source : sources()) {
            String code = Files.readString(source);
            for (var call : List.of("new ParseException(", "new ImportWarning(", "Reason.verbatim(")) {
                for (int at = code.indexOf(call); at >= 0; at = code.indexOf(call, at + 1)) {
                    var args = arguments(code, at + call.length());
                    if (args.stream().anyMatch(a -> a.startsWith("\"") || a.contains("\" +") || a.contains("+ \""))) {
                        offenders.add(source.getFileName() + ": " + call + String.join(", ", args) + ")");
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** The top-level arguments of a call whose argument list starts at {@code from}, stripped. */
    private static List<String> arguments(String code, int from) {
        var args = new ArrayList<String>();
        int depth = 0;
        boolean inString = false;
        var current = new StringBuilder();
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                inString = c != '"' || code.charAt(i - 1) == '\\';
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                args.add(current.toString().strip());
                return args;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        throw new IllegalStateException("unclosed call at " + from);
    }

    private static List<Path> sources() throws IOException {
        var all = new ArrayList<Path>();
        for (var dir : READERS) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(all::add);
            }
        }
        return all;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}

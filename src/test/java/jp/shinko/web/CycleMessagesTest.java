package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The round's texts are all in both languages: every key its templates and commands use is in
 * messages.properties and messages_ja.properties, and the two bundles have the same keys.
 */
class CycleMessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path CYCLE = Path.of("src/main/java/jp/shinko/cycle");

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> matches(Stream<Path> files, Pattern pattern, String prefix) throws IOException {
        var keys = new TreeSet<String>();
        for (var file : files.toList()) {
            var matcher = pattern.matcher(Files.readString(file));
            while (matcher.find()) {
                keys.add(prefix + matcher.group(1));
            }
        }
        return keys;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_ja.properties").stringPropertyNames())
                .isEqualTo(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheRoundUsesIsInBothBundles() throws IOException {
        var used = new TreeSet<String>();
        for (var folder : new String[] {"cycle", "auth", "admin"}) {
            try (var templates = Files.list(RESOURCES.resolve("templates").resolve(folder))) {
                used.addAll(matches(templates, Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]+)[}(]"), ""));
            }
        }
        try (var java = Files.list(CYCLE)) {
            used.addAll(matches(java, Pattern.compile(
                    "(?:Outcome\\.(?:done|refused)\\(|Message\\.of\\(|(?:Problem\\.of|problem)\\([a-zA-Z\"]+,\\s*)\"([a-z][a-z.-]+)\""),
                    "cycle.msg."));
        }
        try (var java = Files.list(CYCLE)) {
            used.addAll(matches(java, Pattern.compile("audit\\.change\\([^,]+,\\s*\"([a-zA-Z]+)\""), "cycle.field."));
        }
        try (var java = Files.list(CYCLE)) {
            used.addAll(matches(java, Pattern.compile("\"([A-Z]+(?:_[A-Z]+)+)\", (?:planKey|null)"), "cycle.action."));
        }
        assertThat(used).hasSizeGreaterThan(200)
                .contains("cycle.msg.amount.negative", "cycle.field.previousSettled", "cycle.action.PUBLISH_YEAR");
        var english = bundle("messages.properties").stringPropertyNames();
        var japanese = bundle("messages_ja.properties").stringPropertyNames();
        assertThat(english).containsAll(used);
        assertThat(japanese).containsAll(used);
    }
}

package jp.shinko;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The English locale is complete: every message bundle of every module has the same keys in
 * English ({@code messages.properties}) and Japanese ({@code messages_ja.properties}).
 */
class MessageBundlesParityTest {

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        var root = Path.of("src/main/resources");
        try (Stream<Path> files = Files.walk(root)) {
            var english = files.filter(p -> p.getFileName().toString().equals("messages.properties")).sorted().toList();
            assertThat(english).hasSizeGreaterThanOrEqualTo(6);
            for (var en : english) {
                var ja = en.resolveSibling("messages_ja.properties");
                assertThat(ja).as("Japanese bundle beside %s", en).exists();
                var enKeys = new TreeSet<>(load(en).stringPropertyNames());
                var jaKeys = new TreeSet<>(load(ja).stringPropertyNames());
                var onlyJa = new TreeSet<>(jaKeys);
                onlyJa.removeAll(enKeys);
                var onlyEn = new TreeSet<>(enKeys);
                onlyEn.removeAll(jaKeys);
                assertThat(onlyJa).as("keys of %s missing in English", ja).isEmpty();
                assertThat(onlyEn).as("keys of %s missing in Japanese", en).isEmpty();
            }
        }
    }

    private static Properties load(Path path) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

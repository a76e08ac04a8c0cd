package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every message has a Japanese and an English text, so no page falls back to the other language. */
class MessageBundlesTest {

    @Test
    void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        var japanese = load("messages_ja.properties");
        var english = load("messages.properties");
        assertThat(japanese.stringPropertyNames()).hasSizeGreaterThan(150)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

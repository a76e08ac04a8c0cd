package jp.shinko.era;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The era reader's messages: Japanese, and English for English readers, from two bundles in step. */
class EraMessageTest {

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = EraMessageTest.class.getResourceAsStream("/era/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
        var en = bundle("messages.properties");
        var ja = bundle("messages_ja.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ja.stringPropertyNames());
        for (var key : en.stringPropertyNames()) {
            assertThat(placeholders(ja.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            assertThat(en.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
        }
        for (var era : Era.values()) {
            assertThat(ja.getProperty("name." + era.name())).isEqualTo(era.kanji());
        }
    }

    @Test
    void aYearThatCannotBeReadIsExplainedInTheReadersLanguage() {
        var e = catchThrowableOfType(EraParseException.class, () -> JapaneseYearParser.parseSpan("R0年度", null));
        assertThat(e).hasMessage("「R0年度」を年度として読めません: 令和0年はありません（元年が1年です）");
        assertThat(e.message(Locale.ENGLISH))
                .isEqualTo("\"R0年度\" cannot be read as a fiscal year: Reiwa 0 does not exist (the first year is 1, written 元)");
        var range = catchThrowableOfType(EraParseException.class, () -> JapaneseYearParser.parseSpan("3000", null));
        assertThat(range.message(Locale.ENGLISH))
                .isEqualTo("\"3000\" cannot be read as a fiscal year: FY3000 is outside the years handled (FY1868–FY2999)");
    }

    @Test
    void anInformalHeiseiYearIsReadWithAWarningInTheReadersLanguage() {
        var warning = JapaneseYearParser.parseSpan("H32年度", null).warnings().get(0);
        assertThat(warning).hasToString("「H32年度」: 平成32年は平成31年より後の非公式な書き方です。令和2年度（2020年度）として読みました");
        assertThat(warning.text(Locale.ENGLISH)).isEqualTo("\"H32年度\": Heisei 32 is an informal way of writing a year"
                + " after Heisei 31; read as 令和2年度（2020年度）");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        var m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}

package jp.shinko;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/configuration.md lists exactly the settings the code binds, with their defaults and
 * environment variables: every component of a {@code @ConfigurationProperties} record, every
 * {@code shinko.*} key of application.properties, and every key there read from an environment
 * variable. No setting is read with {@code @Value}, so the records are the whole list.
 */
class ConfigurationDocumentationTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| `([a-z][a-z0-9.-]+)` \\| (?:`([^`]+)`|—) \\| `([A-Z0-9_]+)` \\|");
    private static final Pattern ENV = Pattern.compile("^\\$\\{([A-Z][A-Z0-9_]*):(.*)}$", Pattern.DOTALL);

    record Setting(String defaultValue, String environmentVariable) {
    }

    @Test
    void configurationMdListsEverySettingWithItsDefaultAndEnvironmentVariable() throws Exception {
        assertThat(documented()).isEqualTo(bound());
    }

    @Test
    void noSettingIsReadAroundTheTypedRecords() throws IOException {
        try (var files = Files.walk(Path.of("src/main/java"))) {
            var withValue = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("@Value(")).map(Path::toString).toList();
            assertThat(withValue).as("settings go into a @ConfigurationProperties record").isEmpty();
        }
    }

    @Test
    void configurationMdNamesEveryEnvironmentVariableTheCommandReads() throws IOException {
        var name = Pattern.compile("\"(SHINKO_[A-Z_]+)\"");
        var read = new TreeSet<String>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> read(f).lines())
                    .filter(line -> line.contains("getenv("))
                    .forEach(line -> name.matcher(line).results().forEach(m -> read.add(m.group(1))));
        }
        assertThat(read).contains("SHINKO_DATA_DIR", "SHINKO_DEBUG", "SHINKO_HOME");
        var docs = Files.readString(Path.of("docs/configuration.md"));
        assertThat(read).allSatisfy(variable -> assertThat(docs).contains("| `" + variable + "` |"));
    }

    /** What the code binds: record components (with @DefaultValue), overridden by application.properties. */
    static TreeMap<String, Setting> bound() throws Exception {
        var settings = new TreeMap<String, Setting>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (var candidate : scanner.findCandidateComponents("jp.shinko")) {
            var type = ClassUtils.forName(candidate.getBeanClassName(), null);
            var prefix = type.getAnnotation(ConfigurationProperties.class).value();
            assertThat(type.isRecord()).as("%s is a record", type).isTrue();
            var components = type.getRecordComponents();
            var parameters = type.getDeclaredConstructor(Arrays.stream(components)
                    .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new)).getParameters();
            for (int i = 0; i < components.length; i++) {
                var name = prefix + "." + kebab(components[i].getName());
                var defaults = parameters[i].getAnnotation(DefaultValue.class);
                settings.put(name, new Setting(defaults == null ? "" : String.join(",", defaults.value()),
                        relaxed(name)));
            }
        }
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        for (var key : properties.stringPropertyNames()) {
            var value = properties.getProperty(key);
            var env = ENV.matcher(value);
            if (env.matches()) {
                settings.put(key, new Setting(env.group(2), env.group(1)));
            } else if (key.startsWith("shinko.")) {
                settings.put(key, new Setting(value, relaxed(key)));
            }
        }
        return settings;
    }

    static TreeMap<String, Setting> documented() throws IOException {
        var settings = new TreeMap<String, Setting>();
        Files.readString(Path.of("docs/configuration.md")).lines().map(ROW::matcher).filter(m -> m.find())
                .forEach(m -> assertThat(settings.put(m.group(1), new Setting(m.group(2) == null ? "" : m.group(2), m.group(3))))
                        .as("%s listed once", m.group(1)).isNull());
        return settings;
    }

    /** Spring's relaxed binding: shinko.web.page-cache.max-age is SHINKO_WEB_PAGECACHE_MAXAGE. */
    static String relaxed(String property) {
        return Arrays.stream(property.split("\\.")).map(part -> part.replace("-", "").toUpperCase())
                .collect(Collectors.joining("_"));
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package jp.shinko.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The axe-core script from its WebJar on the test classpath, injected into pages under test. */
final class AxeScript {

    static final String RESOURCE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    static final String SOURCE = load();

    private AxeScript() {
    }

    private static String load() {
        try (var in = AxeScript.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core not on the test classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

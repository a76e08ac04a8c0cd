package jp.shinko.cycle;

import java.sql.DriverManager;
import java.util.Locale;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The round's tests on a running PostgreSQL server ({@code ./mvnw test -Ppostgres}), each class in
 * a schema of its own, dropped afterwards. Same server settings as the store's PostgreSQL tests:
 * SHINKO_TEST_PG_URL, SHINKO_TEST_PG_USER, SHINKO_TEST_PG_PASSWORD.
 */
final class PostgresRound {

    static final String URL = setting("SHINKO_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = setting("SHINKO_TEST_PG_USER", "postgres");
    static final String PASSWORD = setting("SHINKO_TEST_PG_PASSWORD", "");

    private PostgresRound() {
    }

    private static String setting(String name, String fallback) {
        var value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    static String newSchema() {
        return "shinko_cycle_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    static void register(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
        registry.add("shinko.security.bcrypt-cost", () -> "4");
    }

    static void drop(String schema) throws Exception {
        try (var connection = DriverManager.getConnection(URL, USER, PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}

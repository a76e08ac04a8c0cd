package jp.shinko.store;

import static org.assertj.core.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A migrated schema of its own on a running PostgreSQL server, for one test, dropped afterwards.
 * The server is {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres} unless the system
 * properties or environment variables SHINKO_TEST_PG_URL, SHINKO_TEST_PG_USER, SHINKO_TEST_PG_PASSWORD
 * say otherwise. An unreachable server fails the test; it never skips it.
 */
public final class PostgresSchema {

    private static final String URL = setting("SHINKO_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = setting("SHINKO_TEST_PG_USER", "postgres");
    private static final String PASSWORD = setting("SHINKO_TEST_PG_PASSWORD", "");

    private PostgresSchema() {
    }

    private static String setting(String name, String fallback) {
        var value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A pooled data source whose connections use a new, migrated schema named {@code prefix_<random>}. */
    public static DataSource open(String prefix) {
        var schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        var config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setSchema(schema);
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(5_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            return fail("PostgreSQL is unreachable at " + URL + " as " + USER + " (" + e.getMessage()
                    + "). Start the server or point SHINKO_TEST_PG_URL, SHINKO_TEST_PG_USER and"
                    + " SHINKO_TEST_PG_PASSWORD at one.", e);
        }
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    /** Drops the schema {@link #open} made and closes the pool. */
    public static void close(DataSource database) {
        try (var dataSource = (HikariDataSource) database) {
            JdbcClient.create(dataSource).sql("DROP SCHEMA " + dataSource.getSchema() + " CASCADE").update();
        }
    }
}

package jp.shinko.store;

import static org.assertj.core.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read queries on a running PostgreSQL server ({@code ./mvnw test -Ppostgres}), in a schema of
 * their own that is dropped afterwards; the server settings are those of
 * {@link PostgresPlanRepositoryTest}.
 */
@Tag("postgres")
class PostgresReadQueriesTest extends ReadQueriesContract {

    private static final String URL = setting("SHINKO_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = setting("SHINKO_TEST_PG_USER", "postgres");
    private static final String PASSWORD = setting("SHINKO_TEST_PG_PASSWORD", "");

    private String schema;

    private static String setting(String name, String fallback) {
        var value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    protected DataSource openDatabase() {
        schema = "shinko_queries_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
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
            return fail("PostgreSQL is unreachable at " + URL + " as " + USER + ": " + e.getMessage(), e);
        }
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    @Override
    protected void closeDatabase(DataSource database) {
        try (var dataSource = (HikariDataSource) database) {
            JdbcClient.create(dataSource).sql("DROP SCHEMA " + schema + " CASCADE").update();
        }
    }
}

package jp.shinko.cycle;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ProjectChangesTest} on PostgreSQL. */
@Tag("postgres")
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class PostgresProjectChangesTest extends ProjectChangesTest {

    private static final String SCHEMA = PostgresRound.newSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresRound.register(registry, SCHEMA);
    }

    @org.junit.jupiter.api.Test
    void runsOnPostgresql(@org.springframework.beans.factory.annotation.Autowired javax.sql.DataSource dataSource)
            throws Exception {
        try (var connection = dataSource.getConnection()) {
            org.assertj.core.api.Assertions.assertThat(connection.getMetaData().getDatabaseProductName())
                    .isEqualTo("PostgreSQL");
            org.assertj.core.api.Assertions.assertThat(connection.getSchema()).isEqualTo(SCHEMA);
        }
    }

    @AfterAll
    static void dropSchema() throws Exception {
        PostgresRound.drop(SCHEMA);
    }
}

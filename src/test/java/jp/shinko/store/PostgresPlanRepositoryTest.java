package jp.shinko.store;

import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;

/** The repository contract on a running PostgreSQL server ({@code ./mvnw test -Ppostgres}); see {@link PostgresSchema}. */
@Tag("postgres")
class PostgresPlanRepositoryTest extends PlanRepositoryContract {

    @Override
    protected DataSource openDatabase() {
        return PostgresSchema.open("shinko_test");
    }

    @Override
    protected void closeDatabase(DataSource database) {
        PostgresSchema.close(database);
    }
}

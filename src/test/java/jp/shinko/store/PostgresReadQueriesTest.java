package jp.shinko.store;

import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;

/** The read queries on a running PostgreSQL server ({@code ./mvnw test -Ppostgres}); see {@link PostgresSchema}. */
@Tag("postgres")
class PostgresReadQueriesTest extends ReadQueriesContract {

    @Override
    protected DataSource openDatabase() {
        return PostgresSchema.open("shinko_queries");
    }

    @Override
    protected void closeDatabase(DataSource database) {
        PostgresSchema.close(database);
    }
}

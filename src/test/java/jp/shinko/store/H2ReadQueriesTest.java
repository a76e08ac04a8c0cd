package jp.shinko.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The read queries on embedded H2 in PostgreSQL mode. */
class H2ReadQueriesTest extends ReadQueriesContract {

    @Override
    protected DataSource openDatabase() {
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:queries-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(2);
        var dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    @Override
    protected void closeDatabase(DataSource database) {
        JdbcClient.create(database).sql("SHUTDOWN").update();
        ((HikariDataSource) database).close();
    }
}

package jp.shinko.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The repository contract on embedded H2 in PostgreSQL mode: a new in-memory database per test. */
class H2PlanRepositoryTest extends PlanRepositoryContract {

    @Override
    protected DataSource openDatabase() {
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:shinko-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(2);
        var dataSource = new HikariDataSource(config);
        migrate(dataSource);
        return dataSource;
    }

    @Override
    protected void closeDatabase(DataSource database) {
        JdbcClient.create(database).sql("SHUTDOWN").update();
        ((HikariDataSource) database).close();
    }
}

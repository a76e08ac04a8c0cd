package jp.shinko.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every row of every table of the current schema (ids included), to compare database states. */
final class TableSnapshot {

    private TableSnapshot() {
    }

    static Map<String, List<String>> of(JdbcClient jdbc) {
        var tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'
                          AND table_name <> 'flyway_schema_history'""")
                .query(String.class).list();
        var snapshot = new TreeMap<String, List<String>>();
        for (var table : tables) {
            snapshot.put(table, jdbc.sql("SELECT * FROM " + table).query().listOfRows().stream()
                    .map(row -> new TreeMap<>(row).toString())
                    .sorted()
                    .toList());
        }
        return snapshot;
    }
}

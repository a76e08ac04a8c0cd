package jp.shinko.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every row of every table, as text: two equal snapshots mean the database did not change. */
record DatabaseSnapshot(Map<String, List<String>> tables) {

    static DatabaseSnapshot of(JdbcClient jdbc) {
        var tables = new TreeMap<String, List<String>>();
        var names = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_type IN ('BASE TABLE', 'TABLE')""")
                .query(String.class).list();
        for (var name : names) {
            var rows = new ArrayList<String>();
            jdbc.sql("SELECT * FROM " + name).query(rs -> {
                var row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            });
            rows.sort(null);
            tables.put(name, rows);
        }
        return new DatabaseSnapshot(tables);
    }

    /** Empties every table but Flyway's history (H2 only): each test starts from a migrated, empty database. */
    static void clear(JdbcClient jdbc) {
        jdbc.sql("SET REFERENTIAL_INTEGRITY FALSE").update();
        jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_type IN ('BASE TABLE', 'TABLE')
                        AND table_name <> 'flyway_schema_history'""")
                .query(String.class).list()
                .forEach(table -> jdbc.sql("TRUNCATE TABLE " + table + " RESTART IDENTITY").update());
        jdbc.sql("SET REFERENTIAL_INTEGRITY TRUE").update();
    }

    int rows(String table) {
        return tables.getOrDefault(table, List.of()).size();
    }
}

package jp.shinko.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts many rows with few statements, as multi-row {@code VALUES} lists that H2 and PostgreSQL
 * both accept (JdbcClient has no batch API, and one statement per source line would be slow).
 */
final class BulkInsert {

    /** Well below PostgreSQL's limit of 65,535 parameters per statement. */
    private static final int MAX_PARAMETERS = 3000;

    private final JdbcClient jdbc;
    private final String table;
    private final List<String> columns;
    private final List<Object> values = new ArrayList<>();

    BulkInsert(JdbcClient jdbc, String table, String... columns) {
        this.jdbc = jdbc;
        this.table = table;
        this.columns = List.of(columns);
    }

    /** Adds one row; the values follow the column order given to the constructor. */
    BulkInsert row(Object... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + row.length + " values for " + columns);
        }
        Collections.addAll(values, row);
        return this;
    }

    /** Writes the rows added so far and forgets them. */
    void execute() {
        int rowsPerStatement = Math.max(1, MAX_PARAMETERS / columns.size());
        int width = columns.size();
        for (int start = 0; start < values.size(); start += rowsPerStatement * width) {
            var chunk = values.subList(start, Math.min(values.size(), start + rowsPerStatement * width));
            var tuple = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
            var sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size() / width, tuple));
            jdbc.sql(sql).params(chunk).update();
        }
        values.clear();
    }
}

package jp.shinko.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import jp.shinko.plan.ContentChange;
import jp.shinko.sql.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The record of imports: each run of a document into a plan and the changes it made. */
@Repository
@Transactional(readOnly = true)
public class ImportLog {

    /** One import of one document. */
    public record Run(long id, String planKey, String sourceSha256, String fileName, Instant importedAt,
                      String outcome, int changeCount) {
    }

    private final JdbcClient jdbc;

    public ImportLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a run and its changes in the caller's transaction; returns the run's id. */
    @Transactional
    public long record(String planKey, String sourceSha256, String fileName, String outcome,
                       List<ContentChange> changes) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO import_runs (plan_key, source_sha256, file_name, imported_at, outcome, change_count)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(planKey, sourceSha256, fileName, OffsetDateTime.now(ZoneOffset.UTC), outcome, changes.size())
                .update(keys, "id");
        long runId = keys.getKey().longValue();
        var insert = new BulkInsert(jdbc, "import_changes",
                "run_id", "ord", "kind", "subject", "item_key", "field", "old_value", "new_value");
        for (int i = 0; i < changes.size(); i++) {
            var c = changes.get(i);
            insert.row(runId, i, c.kind().name(), c.subject(), c.key(), SqlValues.text(c.field()),
                    SqlValues.text(c.oldValue()), SqlValues.text(c.newValue()));
        }
        insert.execute();
        return runId;
    }

    /** The id of the latest import run, 0 before the first: it changes with every import. */
    public long lastRunId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM import_runs").query(Long.class).single();
    }

    /** The plan's import runs, newest first. */
    public List<Run> runs(String planKey) {
        return jdbc.sql("""
                        SELECT id, plan_key, source_sha256, file_name, imported_at, outcome, change_count
                        FROM import_runs WHERE plan_key = ? ORDER BY id DESC""")
                .param(planKey)
                .query((rs, n) -> new Run(rs.getLong("id"), rs.getString("plan_key"), rs.getString("source_sha256"),
                        rs.getString("file_name"), rs.getObject("imported_at", OffsetDateTime.class).toInstant(),
                        rs.getString("outcome"), rs.getInt("change_count")))
                .list();
    }

    /** The changes a run made, in the order they were found. */
    public List<ContentChange> changes(long runId) {
        return jdbc.sql("""
                        SELECT kind, subject, item_key, field, old_value, new_value
                        FROM import_changes WHERE run_id = ? ORDER BY ord""")
                .param(runId)
                .query((rs, n) -> new ContentChange(ContentChange.Kind.valueOf(rs.getString("kind")),
                        rs.getString("subject"), rs.getString("item_key"), rs.getString("field"),
                        rs.getString("old_value"), rs.getString("new_value")))
                .list();
    }
}

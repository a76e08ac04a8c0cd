package jp.shinko.cycle;

import java.time.Instant;
import java.util.List;
import jp.shinko.sql.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Corrections of published records: numbered per record, each with its reason. */
@Repository
class RevisionRepository {

    private final JdbcClient jdbc;

    RevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the next revision of the record and returns its number (1 for the first correction). */
    int add(long yearRecordId, String reason, String actor, Instant at) {
        int next = jdbc.sql("SELECT COALESCE(MAX(revision), 0) + 1 FROM record_revisions WHERE year_record_id = ?")
                .param(yearRecordId).query(Integer.class).single();
        jdbc.sql("""
                        INSERT INTO record_revisions (year_record_id, revision, reason, revised_by, revised_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(yearRecordId, next, reason, actor, SqlValues.time(at))
                .update();
        return next;
    }

    List<Revision> list(long yearRecordId) {
        return jdbc.sql("""
                        SELECT revision, reason, revised_by, revised_at FROM record_revisions
                        WHERE year_record_id = ? ORDER BY revision""")
                .param(yearRecordId)
                .query((rs, n) -> new Revision(rs.getInt("revision"), rs.getString("reason"),
                        rs.getString("revised_by"), SqlValues.instant(rs, "revised_at")))
                .list();
    }
}

package jp.shinko.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.shinko.plan.FiscalYear;
import jp.shinko.sql.SqlValues;
import jp.shinko.store.YearRecordEdits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The rounds table: which fiscal years of which plan have been opened, and which are published. */
@Repository
class RoundRepository {

    static final String COLUMNS = """
            r.id AS round_id, r.plan_key, r.fiscal_year AS round_year, r.status AS round_status,
            r.opened_by, r.opened_at, r.published_by, r.published_at""";

    private final JdbcClient jdbc;
    private final YearRecordEdits edits;

    RoundRepository(JdbcClient jdbc, YearRecordEdits edits) {
        this.jdbc = jdbc;
        this.edits = edits;
    }

    Optional<Round> find(String planKey, FiscalYear year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rounds r WHERE r.plan_key = ? AND r.fiscal_year = ?")
                .params(planKey, year.year())
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The round row locked for this transaction, so two publications or openings run one after the other. */
    Optional<Round> lock(String planKey, FiscalYear year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rounds r WHERE r.plan_key = ? AND r.fiscal_year = ? FOR UPDATE")
                .params(planKey, year.year())
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The plan's rounds, newest year first. */
    List<Round> list(String planKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rounds r WHERE r.plan_key = ? ORDER BY r.fiscal_year DESC")
                .param(planKey)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** Every round of every plan, by plan and newest year first. */
    List<Round> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rounds r ORDER BY r.plan_key, r.fiscal_year DESC")
                .query((rs, n) -> map(rs))
                .list();
    }

    Round open(String planKey, FiscalYear year, String actor, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO rounds (plan_key, fiscal_year, status, opened_by, opened_at)
                        VALUES (?, ?, 'OPEN', ?, ?)""")
                .params(planKey, year.year(), actor, SqlValues.time(at))
                .update(keys, "id");
        return new Round(keys.getKey().longValue(), planKey, year, RoundStatus.OPEN, actor, at, null, null);
    }

    /** Marks the round published and makes its records, and the projects registered in it, public. */
    void publish(long roundId, String actor, Instant at) {
        jdbc.sql("UPDATE rounds SET status = 'PUBLISHED', published_by = ?, published_at = ? WHERE id = ?")
                .params(actor, SqlValues.time(at), roundId)
                .update();
        edits.publish(jdbc.sql("SELECT year_record_id FROM round_entries WHERE round_id = ?").param(roundId)
                .query(Long.class).list());
    }

    static Round map(ResultSet rs) throws SQLException {
        return new Round(rs.getLong("round_id"), rs.getString("plan_key"), FiscalYear.of(rs.getInt("round_year")),
                RoundStatus.valueOf(rs.getString("round_status")), rs.getString("opened_by"),
                SqlValues.instant(rs, "opened_at"), rs.getString("published_by"),
                SqlValues.instant(rs, "published_at"));
    }
}

package jp.shinko.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.RecordStatus;
import jp.shinko.plan.YearFlag;
import jp.shinko.sql.SqlValues;
import jp.shinko.store.YearRecordEdits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The year records of a round: store's {@code year_records}, changed through its
 * {@link YearRecordEdits}, with the round's own facts about each in {@code round_entries}. Every
 * write that changes a record checks and bumps the record's version, and reports whether it found
 * the version it expected: false means someone else saved first.
 */
@Repository
class RoundRecordRepository {

    private static final String FROM = """
            FROM round_entries e
            JOIN year_records y ON y.id = e.year_record_id
            JOIN projects pr ON pr.id = y.project_id
            JOIN rounds r ON r.id = e.round_id
            """;

    private static final String SELECT = "SELECT " + RoundRepository.COLUMNS + """
            , y.id, y.version, y.status, y.budget_kind, y.budget_thousand_yen, y.content, y.outlook,
              y.expansion_note, y.project_id, pr.project_key, COALESCE(e.new_name, pr.name) AS project_name,
              CASE WHEN e.new_name IS NULL THEN NULL ELSE pr.name END AS renamed_from,
              e.organization_name, e.carry_note, e.previous_settled_kind, e.previous_settled_thousand_yen,
              e.previous_evaluation_mark, e.achievement_rate, e.return_comment, e.merged_into_key,
              e.updated_by, e.updated_at, e.submitted_by, e.submitted_at, e.decided_by, e.decided_at,
              (SELECT COUNT(*) FROM year_records p
               WHERE p.project_id = y.project_id AND p.fiscal_year = y.fiscal_year - 1) AS previous_count,
              (SELECT COUNT(*) FROM record_revisions v WHERE v.year_record_id = y.id) AS revision_count
            """ + FROM;

    private final JdbcClient jdbc;
    private final YearRecordEdits edits;

    RoundRecordRepository(JdbcClient jdbc, YearRecordEdits edits) {
        this.jdbc = jdbc;
        this.edits = edits;
    }

    /** The round's records in the plan's project order. */
    List<RoundRecord> list(long roundId) {
        return read(" WHERE r.id = ?", " ORDER BY pr.ord", roundId);
    }

    Optional<RoundRecord> find(long roundId, String projectKey) {
        return read(" WHERE r.id = ? AND pr.project_key = ?", "", roundId, projectKey).stream().findFirst();
    }

    /** Records matching {@code where}, with their flags and former names read by the same condition. */
    private List<RoundRecord> read(String where, String order, Object... params) {
        var renamedFrom = new HashMap<Long, String>();
        var records = jdbc.sql(SELECT + where + order).params(params).query((rs, n) -> {
            var record = map(rs);
            if (rs.getString("renamed_from") != null) {
                renamedFrom.put(record.id(), rs.getString("renamed_from"));
            }
            return record;
        }).list();
        if (records.isEmpty()) {
            return records;
        }
        var flags = flags(where, params);
        var formerNames = formerNames(where, params);
        // A rename waiting for publication: the published name is already a former name here.
        renamedFrom.forEach((id, name) -> formerNames.computeIfAbsent(id, k -> new ArrayList<>()).add(name));
        return records.stream().map(r -> r.withDetails(flags.getOrDefault(r.id(), Set.of()),
                formerNames.getOrDefault(r.id(), List.of()))).toList();
    }

    /** One row, without its flags and former names (other queries). */
    private static RoundRecord map(ResultSet rs) throws SQLException {
        var note = rs.getString("carry_note");
        var mark = rs.getString("previous_evaluation_mark");
        return new RoundRecord(rs.getLong("id"), RoundRepository.map(rs), rs.getString("project_key"),
                rs.getString("project_name"), List.of(), rs.getString("organization_name"),
                SqlValues.amount(rs, "budget"), rs.getString("content"), rs.getString("outlook"),
                rs.getString("expansion_note"), Set.of(), RecordStatus.valueOf(rs.getString("status")),
                rs.getInt("version"), note == null ? null : CarryNote.valueOf(note), rs.getInt("previous_count") > 0,
                SqlValues.amount(rs, "previous_settled"), mark == null ? null : Evaluation.of(mark),
                SqlValues.decimal(rs, "achievement_rate"), rs.getString("return_comment"),
                rs.getString("merged_into_key"), rs.getString("updated_by"), SqlValues.instant(rs, "updated_at"),
                rs.getString("submitted_by"), SqlValues.instant(rs, "submitted_at"), rs.getString("decided_by"),
                SqlValues.instant(rs, "decided_at"), rs.getInt("revision_count"));
    }

    private Map<Long, Set<YearFlag>> flags(String where, Object... params) {
        var flags = new HashMap<Long, Set<YearFlag>>();
        jdbc.sql("SELECT y.id, f.flag " + FROM + " JOIN year_record_flags f ON f.year_record_id = y.id" + where)
                .params(params)
                .query(rs -> {
                    flags.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(YearFlag.class))
                            .add(YearFlag.valueOf(rs.getString(2)));
                });
        return flags;
    }

    private Map<Long, List<String>> formerNames(String where, Object... params) {
        var names = new HashMap<Long, List<String>>();
        jdbc.sql("SELECT y.id, fn.name " + FROM + " JOIN project_former_names fn ON fn.project_id = pr.id"
                        + where + " ORDER BY y.id, fn.ord")
                .params(params)
                .query(rs -> {
                    names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return names;
    }

    /** A new draft for the round: the year record (store's) and its round entry. */
    long insertDraft(Round round, long projectId, int ord, Draft draft) {
        long id = edits.insertDraft(projectId, round.year(), ord,
                new YearRecordEdits.Values(draft.budget(), draft.content(), draft.outlook(), null, draft.flags()));
        jdbc.sql("""
                        INSERT INTO round_entries (year_record_id, round_id, organization_name, carry_note,
                               previous_settled_kind, previous_settled_thousand_yen, previous_evaluation_mark)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, round.id(), draft.organization(),
                        SqlValues.text(draft.carryNote() == null ? null : draft.carryNote().name()),
                        SqlValues.amountKind(draft.previousSettled()), SqlValues.amountValue(draft.previousSettled()),
                        SqlValues.text(draft.previousEvaluation() == null ? null : draft.previousEvaluation().mark()))
                .update();
        return id;
    }

    /** The next free position in the plan's year-record list. */
    int nextOrd(long planId) {
        return edits.nextOrd(planId);
    }

    /** What a new draft starts with. */
    record Draft(String organization, CarryNote carryNote, Amount budget, String content, String outlook,
                 Set<YearFlag> flags, Amount previousSettled, Evaluation previousEvaluation) {
    }

    /** Writes the values if the record is still at {@code version}; false if someone saved first. */
    boolean update(RoundRecord record, int version, RecordValues values, String actor, Instant at) {
        var stored = new YearRecordEdits.Values(values.budget(), values.content(), values.outlook(),
                values.expansionNote(), values.flags());
        if (!edits.update(record.id(), version, stored, record.flags())) {
            return false;
        }
        jdbc.sql("""
                        UPDATE round_entries SET previous_settled_kind = ?, previous_settled_thousand_yen = ?,
                               previous_evaluation_mark = ?, achievement_rate = ?, updated_by = ?, updated_at = ?
                        WHERE year_record_id = ?""")
                .params(SqlValues.amountKind(values.previousSettled()), SqlValues.amountValue(values.previousSettled()),
                        SqlValues.text(values.previousEvaluation() == null ? null : values.previousEvaluation().mark()),
                        SqlValues.decimal(values.achievementRate()), actor, SqlValues.time(at), record.id())
                .update();
        return true;
    }

    /** Moves the record to {@code status} if it is still at {@code version}. */
    boolean submit(RoundRecord record, int version, String actor, Instant at) {
        if (!setStatus(record, version, RecordStatus.SUBMITTED)) {
            return false;
        }
        jdbc.sql("UPDATE round_entries SET submitted_by = ?, submitted_at = ? WHERE year_record_id = ?")
                .params(actor, SqlValues.time(at), record.id()).update();
        return true;
    }

    boolean decide(RoundRecord record, int version, RecordStatus status, String comment, String actor, Instant at) {
        if (!setStatus(record, version, status)) {
            return false;
        }
        jdbc.sql("""
                        UPDATE round_entries SET return_comment = ?, decided_by = ?, decided_at = ?
                        WHERE year_record_id = ?""")
                .params(SqlValues.text(comment), actor, SqlValues.time(at), record.id()).update();
        return true;
    }

    private boolean setStatus(RoundRecord record, int version, RecordStatus status) {
        return edits.setStatus(record.id(), version, status);
    }

    void markMerged(RoundRecord record, String intoKey) {
        jdbc.sql("UPDATE round_entries SET merged_into_key = ? WHERE year_record_id = ?")
                .params(intoKey, record.id()).update();
    }

    /** Keeps a new name for the project, to be applied when the round is published. */
    void rename(RoundRecord record, String newName) {
        jdbc.sql("UPDATE round_entries SET new_name = ? WHERE year_record_id = ?").params(newName, record.id()).update();
    }

    /** Keeps the project's last fiscal year, to be set when the round is published. */
    void endPeriod(RoundRecord record, FiscalYear last) {
        jdbc.sql("UPDATE round_entries SET new_period_end = ? WHERE year_record_id = ?")
                .params(last.year(), record.id()).update();
    }

    /** Names the round's records will give their projects on publication, other than {@code except}'s. */
    List<String> pendingNames(long roundId, long except) {
        return jdbc.sql("SELECT new_name FROM round_entries WHERE round_id = ? AND year_record_id <> ? AND new_name IS NOT NULL")
                .params(roundId, except).query(String.class).list();
    }

    /** A rename or end decided in the round, for publication. */
    record ProjectChange(long projectId, String name, String newName, Integer newPeriodEnd) {
    }

    List<ProjectChange> projectChanges(long roundId) {
        return jdbc.sql("""
                        SELECT y.project_id, pr.name, e.new_name, e.new_period_end
                        FROM round_entries e JOIN year_records y ON y.id = e.year_record_id
                        JOIN projects pr ON pr.id = y.project_id
                        WHERE e.round_id = ? AND (e.new_name IS NOT NULL OR e.new_period_end IS NOT NULL)
                        ORDER BY pr.ord""")
                .param(roundId)
                .query((rs, n) -> new ProjectChange(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Integer.class)))
                .list();
    }

    /** Records of the round not yet approved, by status. */
    Map<RecordStatus, Integer> pendingCounts(long roundId) {
        var counts = new HashMap<RecordStatus, Integer>();
        jdbc.sql("""
                        SELECT y.status, COUNT(*) FROM round_entries e JOIN year_records y ON y.id = e.year_record_id
                        WHERE e.round_id = ? AND y.status <> 'APPROVED' GROUP BY y.status""")
                .param(roundId)
                .query(rs -> {
                    counts.put(RecordStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }
}

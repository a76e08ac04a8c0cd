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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The year records of a round (rows of {@code year_records} with their {@code round_entries}).
 * Every write that changes a record checks and bumps {@code year_records.version}, and reports
 * whether it found the version it expected: false means someone else saved first.
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

    RoundRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** A new draft for the round: the year record row, its flags, and its round entry. */
    long insertDraft(Round round, long projectId, int ord, Draft draft) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO year_records (project_id, fiscal_year, budget_kind, budget_thousand_yen,
                               settled_kind, settled_thousand_yen, content, content_same_as_left, evaluation_mark,
                               outlook, expansion_note, status, version, ord, published)
                        VALUES (?, ?, ?, ?, 'NOT_STATED', ?, ?, FALSE, ?, ?, ?, 'DRAFT', 0, ?, FALSE)""")
                .params(projectId, round.year().year(), draft.budget().kind().name(),
                        SqlValues.amountValue(draft.budget()), SqlValues.bigint(null), draft.content(),
                        SqlValues.text(null), SqlValues.text(draft.outlook()), SqlValues.text(null), ord)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeFlags(id, draft.flags());
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

    /** What a new draft starts with. */
    record Draft(String organization, CarryNote carryNote, Amount budget, String content, String outlook,
                 Set<YearFlag> flags, Amount previousSettled, Evaluation previousEvaluation) {
    }

    /** The next free position in the plan's year-record list. */
    int nextOrd(long planId) {
        return jdbc.sql("""
                        SELECT COALESCE(MAX(y.ord), -1) + 1 FROM year_records y
                        JOIN projects pr ON pr.id = y.project_id WHERE pr.plan_id = ?""")
                .param(planId).query(Integer.class).single();
    }

    /** Writes the values if the record is still at {@code version}; false if someone saved first. */
    boolean update(RoundRecord record, int version, RecordValues values, String actor, Instant at) {
        int rows = jdbc.sql("""
                        UPDATE year_records SET budget_kind = ?, budget_thousand_yen = ?, content = ?, outlook = ?,
                               expansion_note = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(budgetKind(values.budget()), SqlValues.amountValue(values.budget()), values.content(),
                        SqlValues.text(values.outlook()), SqlValues.text(values.expansionNote()), record.id(), version)
                .update();
        if (rows == 0) {
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
        if (!values.flags().equals(record.flags())) {
            jdbc.sql("DELETE FROM year_record_flags WHERE year_record_id = ?").param(record.id()).update();
            writeFlags(record.id(), values.flags());
        }
        return true;
    }

    /** A record without a budget yet is stored as "not stated", the kind an empty list cell has. */
    private static String budgetKind(Amount budget) {
        return budget == null ? Amount.Kind.NOT_STATED.name() : budget.kind().name();
    }

    private void writeFlags(long recordId, Set<YearFlag> flags) {
        flags.stream().sorted().forEach(flag -> jdbc.sql(
                        "INSERT INTO year_record_flags (year_record_id, flag) VALUES (?, ?)")
                .params(recordId, flag.name()).update());
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
        return jdbc.sql("UPDATE year_records SET status = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(status.name(), record.id(), version)
                .update() == 1;
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

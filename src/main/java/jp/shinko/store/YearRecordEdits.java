package jp.shinko.store;

import java.util.Collection;
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
 * Changes to single year records, as the annual round makes them (store owns {@code year_records}
 * and {@code year_record_flags}; the round keeps its own facts in its own tables). Every change of
 * a record's values or status checks and bumps {@code version} and says whether it found the
 * version it expected: false means someone else saved first.
 */
@Repository
public class YearRecordEdits {

    private final JdbcClient jdbc;

    YearRecordEdits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The values a record is edited by: budget, content, outlook, expansion note and flags. */
    public record Values(Amount budget, String content, String outlook, String expansionNote, Set<YearFlag> flags) {

        public Values {
            flags = Set.copyOf(flags);
        }
    }

    /** A new unpublished draft of the project for {@code year} at position {@code ord}; returns its id. */
    public long insertDraft(long projectId, FiscalYear year, int ord, Values values) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO year_records (project_id, fiscal_year, budget_kind, budget_thousand_yen,
                               settled_kind, settled_thousand_yen, content, content_same_as_left, evaluation_mark,
                               outlook, expansion_note, status, version, ord, published)
                        VALUES (?, ?, ?, ?, 'NOT_STATED', ?, ?, FALSE, ?, ?, ?, 'DRAFT', 0, ?, FALSE)""")
                .params(projectId, year.year(), budgetKind(values.budget()),
                        SqlValues.amountValue(values.budget()), SqlValues.bigint(null), values.content(),
                        SqlValues.text(null), SqlValues.text(values.outlook()),
                        SqlValues.text(values.expansionNote()), ord)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeFlags(id, values.flags());
        return id;
    }

    /** The next free position in the plan's year-record list. */
    public int nextOrd(long planId) {
        return jdbc.sql("""
                        SELECT COALESCE(MAX(y.ord), -1) + 1 FROM year_records y
                        JOIN projects pr ON pr.id = y.project_id WHERE pr.plan_id = ?""")
                .param(planId).query(Integer.class).single();
    }

    /**
     * Writes the values if the record is still at {@code version}; false if someone saved first.
     * Flags are rewritten only when they differ from {@code flagsBefore}.
     */
    public boolean update(long id, int version, Values values, Set<YearFlag> flagsBefore) {
        int rows = jdbc.sql("""
                        UPDATE year_records SET budget_kind = ?, budget_thousand_yen = ?, content = ?, outlook = ?,
                               expansion_note = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(budgetKind(values.budget()), SqlValues.amountValue(values.budget()), values.content(),
                        SqlValues.text(values.outlook()), SqlValues.text(values.expansionNote()), id, version)
                .update();
        if (rows == 0) {
            return false;
        }
        if (!values.flags().equals(flagsBefore)) {
            jdbc.sql("DELETE FROM year_record_flags WHERE year_record_id = ?").param(id).update();
            writeFlags(id, values.flags());
        }
        return true;
    }

    /** Moves the record to {@code status} if it is still at {@code version}. */
    public boolean setStatus(long id, int version, RecordStatus status) {
        return jdbc.sql("UPDATE year_records SET status = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(status.name(), id, version)
                .update() == 1;
    }

    /** Writes a year's settlement and evaluation into its record (reported a year later, in the next round). */
    public void settle(long id, Amount settled, Evaluation evaluation) {
        jdbc.sql("""
                        UPDATE year_records SET settled_kind = ?, settled_thousand_yen = ?, evaluation_mark = ?,
                               version = version + 1
                        WHERE id = ?""")
                .params(budgetKind(settled), SqlValues.amountValue(settled),
                        SqlValues.text(evaluation == null ? null : evaluation.mark()), id)
                .update();
    }

    /** Makes the records public, and the projects they belong to (a project registered in the round). */
    public void publish(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE projects SET published = TRUE
                        WHERE id IN (SELECT y.project_id FROM year_records y WHERE y.id IN (:ids))""")
                .param("ids", ids)
                .update();
        jdbc.sql("UPDATE year_records SET published = TRUE WHERE id IN (:ids)").param("ids", ids).update();
    }

    /** An amount not entered yet is stored as "not stated", the kind an empty list cell has. */
    private static String budgetKind(Amount amount) {
        return amount == null ? Amount.Kind.NOT_STATED.name() : amount.kind().name();
    }

    private void writeFlags(long recordId, Set<YearFlag> flags) {
        flags.stream().sorted().forEach(flag -> jdbc.sql(
                        "INSERT INTO year_record_flags (year_record_id, flag) VALUES (?, ?)")
                .params(recordId, flag.name()).update());
    }
}

package jp.shinko.cycle;

import java.util.List;
import java.util.Optional;
import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.FiscalYear;
import jp.shinko.sql.SqlValues;
import jp.shinko.store.YearRecordEdits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The year before a round: each project's record of it (shown beside the form, and where the
 * settlement and evaluation reported in the round are written on publication, through store's
 * {@link YearRecordEdits}), and the years a plan has records for.
 */
@Repository
class PreviousYearRepository {

    private final JdbcClient jdbc;
    private final YearRecordEdits edits;

    PreviousYearRepository(JdbcClient jdbc, YearRecordEdits edits) {
        this.jdbc = jdbc;
        this.edits = edits;
    }

    /** The year record of the project in the year before the round, for publication and for reference. */
    Optional<PreviousYearRecord> of(RoundRecord record) {
        return jdbc.sql("""
                        SELECT y.id, y.version, y.settled_kind, y.settled_thousand_yen, y.evaluation_mark,
                               y.budget_kind, y.budget_thousand_yen, y.content, y.outlook, y.expansion_note
                        FROM year_records y JOIN projects pr ON pr.id = y.project_id
                        JOIN plans p ON p.id = pr.plan_id
                        WHERE p.plan_key = ? AND pr.project_key = ? AND y.fiscal_year = ?""")
                .params(record.planKey(), record.projectKey(), record.year().year() - 1)
                .query((rs, n) -> {
                    var mark = rs.getString("evaluation_mark");
                    return new PreviousYearRecord(rs.getLong("id"), SqlValues.amount(rs, "settled"),
                            mark == null ? null : Evaluation.of(mark), SqlValues.amount(rs, "budget"),
                            rs.getString("content"), rs.getString("outlook"), rs.getString("expansion_note"));
                })
                .optional();
    }

    /** Writes last year's settlement and evaluation into last year's record (on publication or correction). */
    void apply(long previousId, Amount settled, Evaluation evaluation) {
        edits.settle(previousId, settled, evaluation);
    }

    /** Fiscal years of the plan that have any year record. */
    List<FiscalYear> years(String planKey) {
        return jdbc.sql("""
                        SELECT DISTINCT y.fiscal_year FROM year_records y JOIN projects pr ON pr.id = y.project_id
                        JOIN plans p ON p.id = pr.plan_id WHERE p.plan_key = ? ORDER BY y.fiscal_year""")
                .param(planKey).query(Integer.class).list().stream().map(FiscalYear::of).toList();
    }

    /**
     * What was published a year ago about the year before that: the settlement and evaluation of
     * the project's record two years before the round, else empty.
     */
    Optional<PublishedResult> twoYearsBefore(RoundRecord record) {
        return jdbc.sql("""
                        SELECT y.settled_kind, y.settled_thousand_yen, y.evaluation_mark
                        FROM year_records y JOIN projects pr ON pr.id = y.project_id
                        JOIN plans p ON p.id = pr.plan_id
                        WHERE p.plan_key = ? AND pr.project_key = ? AND y.fiscal_year = ?""")
                .params(record.planKey(), record.projectKey(), record.year().year() - 2)
                .query((rs, n) -> {
                    var mark = rs.getString("evaluation_mark");
                    return new PublishedResult(record.year().previous().previous(), SqlValues.amount(rs, "settled"),
                            mark == null ? null : Evaluation.of(mark));
                })
                .optional();
    }
}

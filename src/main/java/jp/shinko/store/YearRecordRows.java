package jp.shinko.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.MoneyFigure;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.RecordStatus;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads year records with their flags, for the projects a condition on {@code pr} (projects) and
 * {@code y} (year_records) selects, in saved order.
 */
final class YearRecordRows {

    private final JdbcClient jdbc;

    YearRecordRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<YearRecord> read(String condition, List<?> params) {
        var flags = new HashMap<Long, Set<YearFlag>>();
        jdbc.sql("""
                        SELECT f.year_record_id, f.flag FROM year_record_flags f
                        JOIN year_records y ON y.id = f.year_record_id
                        JOIN projects pr ON pr.id = y.project_id
                        WHERE\s""" + condition)
                .params(params)
                .query(rs -> {
                    flags.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(YearFlag.class))
                            .add(YearFlag.valueOf(rs.getString(2)));
                });
        var money = new HashMap<Long, List<MoneyFigure>>();
        jdbc.sql("""
                        SELECT m.year_record_id, m.kind, m.label, m.amount_kind, m.yen, m.unit, m.place
                        FROM year_money_figures m
                        JOIN year_records y ON y.id = m.year_record_id
                        JOIN projects pr ON pr.id = y.project_id
                        WHERE\s""" + condition + " ORDER BY m.year_record_id, m.ord")
                .params(params)
                .query(rs -> {
                    money.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(MoneyFigureColumns.read(rs));
                });
        return jdbc.sql("""
                        SELECT y.id, pr.project_key, y.fiscal_year, y.budget_kind, y.budget_thousand_yen,
                               y.settled_kind, y.settled_thousand_yen, y.content, y.content_same_as_left,
                               y.evaluation_mark, y.outlook, y.expansion_note, y.status,
                               s.sha256, y.first_line, y.last_line
                        FROM year_records y
                        JOIN projects pr ON pr.id = y.project_id
                        LEFT JOIN sources s ON s.id = y.source_id
                        WHERE\s""" + condition + " ORDER BY pr.plan_id, y.ord")
                .params(params)
                .query((rs, n) -> {
                    var mark = rs.getString("evaluation_mark");
                    return new YearRecord(rs.getString("project_key"), FiscalYear.of(rs.getInt("fiscal_year")),
                            amount(rs, "budget"), amount(rs, "settled"), rs.getString("content"),
                            rs.getBoolean("content_same_as_left"), mark == null ? null : Evaluation.of(mark),
                            rs.getString("outlook"), rs.getString("expansion_note"),
                            flags.getOrDefault(rs.getLong("id"), Set.of()),
                            RecordStatus.valueOf(rs.getString("status")), provenance(rs),
                            money.getOrDefault(rs.getLong("id"), List.of()));
                })
                .list();
    }

    static Amount amount(ResultSet rs, String prefix) throws SQLException {
        var kind = Amount.Kind.valueOf(rs.getString(prefix + "_kind"));
        Long thousandYen = rs.getObject(prefix + "_thousand_yen", Long.class);
        return new Amount(kind, thousandYen == null ? 0 : thousandYen);
    }

    /** The provenance in the columns sha256, first_line and last_line; null where there is none. */
    static Provenance provenance(ResultSet rs) throws SQLException {
        var sha256 = rs.getString("sha256");
        return sha256 == null ? null
                : new Provenance(sha256, rs.getInt("first_line"), rs.getInt("last_line"));
    }
}

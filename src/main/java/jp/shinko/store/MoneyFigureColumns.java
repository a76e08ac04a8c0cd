package jp.shinko.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import jp.shinko.plan.Amount;
import jp.shinko.plan.AmountUnit;
import jp.shinko.plan.MoneyFigure;
import jp.shinko.plan.MoneyKind;
import jp.shinko.plan.Yen;
import jp.shinko.sql.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A year record's money figures in {@code year_money_figures}: read one row, or rewrite a record's rows. */
final class MoneyFigureColumns {

    private MoneyFigureColumns() {
    }

    /** The figure in columns kind, label, amount_kind, yen, unit, place. */
    static MoneyFigure read(ResultSet rs) throws SQLException {
        var kind = Amount.Kind.valueOf(rs.getString("amount_kind"));
        Yen amount = switch (kind) {
            case VALUE -> Yen.of(rs.getLong("yen"), AmountUnit.valueOf(rs.getString("unit")));
            case NONE -> Yen.none();
            case UNDISCLOSED -> Yen.undisclosed();
            case NOT_STATED -> Yen.notStated();
        };
        return new MoneyFigure(MoneyKind.valueOf(rs.getString("kind")), rs.getString("label"), amount,
                rs.getString("place"));
    }

    /** Replaces the figures of the given year records (record id → figures) with the wanted ones. */
    static void replace(JdbcClient jdbc, Map<Long, List<MoneyFigure>> figuresByRecord, boolean deleteFirst) {
        if (deleteFirst) {
            figuresByRecord.keySet().forEach(id -> jdbc.sql("DELETE FROM year_money_figures WHERE year_record_id = ?")
                    .param(id).update());
        }
        var insert = new BulkInsert(jdbc, "year_money_figures", "year_record_id", "ord", "kind", "label",
                "amount_kind", "yen", "unit", "place");
        figuresByRecord.forEach((id, figures) -> {
            for (int i = 0; i < figures.size(); i++) {
                var figure = figures.get(i);
                var amount = figure.amount();
                insert.row(id, i, figure.kind().name(), figure.label(), amount.kind().name(),
                        SqlValues.bigint(amount.isPresent() ? amount.yen() : null),
                        SqlValues.text(amount.isPresent() ? amount.unit().name() : null), figure.place());
            }
        });
        insert.execute();
    }
}

package jp.shinko.sql;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Parameter values and column readers shared by every module's repositories. Nulls go to the
 * driver with their SQL type, because PostgreSQL refuses an untyped null for, say, a bigint column.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static Object text(String value) {
        return value != null ? value : new SqlParameterValue(Types.VARCHAR, null);
    }

    public static Object bigint(Long value) {
        return value != null ? value : new SqlParameterValue(Types.BIGINT, null);
    }

    public static Object integer(Integer value) {
        return value != null ? value : new SqlParameterValue(Types.INTEGER, null);
    }

    public static Object date(LocalDate value) {
        return value != null ? value : new SqlParameterValue(Types.DATE, null);
    }

    public static Object year(FiscalYear year) {
        return integer(year == null ? null : year.year());
    }

    public static Object time(Instant value) {
        return value != null ? OffsetDateTime.ofInstant(value, ZoneOffset.UTC)
                : new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, null);
    }

    public static Object amountKind(Amount amount) {
        return text(amount == null ? null : amount.kind().name());
    }

    public static Object amountValue(Amount amount) {
        return bigint(amount != null && amount.isPresent() ? amount.thousandYen() : null);
    }

    public static Object decimal(BigDecimal value) {
        return text(value == null ? null : value.toPlainString());
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The amount in {@code prefix_kind} / {@code prefix_thousand_yen}; null when the kind is null. */
    public static Amount amount(ResultSet rs, String prefix) throws SQLException {
        var kind = rs.getString(prefix + "_kind");
        if (kind == null) {
            return null;
        }
        Long value = rs.getObject(prefix + "_thousand_yen", Long.class);
        return new Amount(Amount.Kind.valueOf(kind), value == null ? 0 : value);
    }

    public static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        var text = rs.getString(column);
        return text == null ? null : new BigDecimal(text);
    }
}

package jp.shinko.store;

import java.sql.Types;
import java.time.LocalDate;
import jp.shinko.plan.FiscalYear;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Parameter values for nullable columns. A null goes to the driver with its SQL type, because
 * PostgreSQL refuses an untyped null where the column is, say, an integer.
 */
final class Columns {

    private Columns() {
    }

    static Object integer(Integer value) {
        return value != null ? value : new SqlParameterValue(Types.INTEGER, null);
    }

    static Object bigint(Long value) {
        return value != null ? value : new SqlParameterValue(Types.BIGINT, null);
    }

    static Object text(String value) {
        return value != null ? value : new SqlParameterValue(Types.VARCHAR, null);
    }

    static Object date(LocalDate value) {
        return value != null ? value : new SqlParameterValue(Types.DATE, null);
    }

    static Object year(FiscalYear year) {
        return integer(year == null ? null : year.year());
    }
}

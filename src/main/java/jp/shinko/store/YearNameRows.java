package jp.shinko.store;

import java.util.HashMap;
import java.util.Map;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.YearNames;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The names a plan's projects were listed under in earlier years (V37), as {@link YearNames}. */
final class YearNameRows {

    private final JdbcClient jdbc;

    YearNameRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    YearNames of(String planKey) {
        var names = new HashMap<String, Map<FiscalYear, String>>();
        jdbc.sql("""
                        SELECT pr.project_key, y.fiscal_year, y.listed_name
                        FROM year_records y JOIN projects pr ON pr.id = y.project_id
                        JOIN plans p ON p.id = pr.plan_id
                        WHERE p.plan_key = ? AND y.published AND y.listed_name IS NOT NULL""")
                .param(planKey)
                .query(rs -> {
                    names.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(FiscalYear.of(rs.getInt(2)), rs.getString(3));
                });
        return (project, year) -> names.getOrDefault(project.key(), Map.of()).getOrDefault(year, project.name());
    }
}

package jp.shinko.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinko.plan.EvaluationScale;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Plan;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads a plan's own rows: levels, evaluation scale, strategic projects and 重点事項. */
final class PlanRows {

    private final JdbcClient jdbc;

    PlanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Plan plan(long planId, String key, String municipalityCode, String title, FiscalYear start, FiscalYear end) {
        return new Plan(key, municipalityCode, title, start, end,
                texts("SELECT name FROM plan_levels WHERE plan_id = ? ORDER BY level_no", planId),
                evaluationScale(planId),
                texts("SELECT name FROM plan_strategic_projects WHERE plan_id = ? ORDER BY ord", planId),
                priorities(planId), priorityIntroductions(planId));
    }

    private List<String> texts(String sql, long planId) {
        return jdbc.sql(sql).param(planId).query(String.class).list();
    }

    private EvaluationScale evaluationScale(long planId) {
        var graded = new ArrayList<EvaluationScale.Grade>();
        EvaluationScale.Grade[] notRun = {null};
        jdbc.sql("""
                        SELECT mark, min_percent, label, not_run FROM plan_evaluation_grades
                        WHERE plan_id = ? ORDER BY ord""")
                .param(planId)
                .query(rs -> {
                    var percent = rs.getString("min_percent");
                    var grade = new EvaluationScale.Grade(rs.getString("mark"),
                            percent == null ? null : new BigDecimal(percent), rs.getString("label"));
                    if (rs.getBoolean("not_run")) {
                        notRun[0] = grade;
                    } else {
                        graded.add(grade);
                    }
                });
        return new EvaluationScale(graded, notRun[0]);
    }

    private Map<FiscalYear, List<String>> priorities(long planId) {
        var byYear = new LinkedHashMap<FiscalYear, List<String>>();
        jdbc.sql("SELECT fiscal_year FROM plan_priority_years WHERE plan_id = ? ORDER BY fiscal_year")
                .param(planId)
                .query(rs -> {
                    byYear.put(FiscalYear.of(rs.getInt(1)), new ArrayList<>());
                });
        jdbc.sql("SELECT fiscal_year, text FROM plan_priorities WHERE plan_id = ? ORDER BY fiscal_year, ord")
                .param(planId)
                .query(rs -> {
                    byYear.get(FiscalYear.of(rs.getInt(1))).add(rs.getString(2));
                });
        return byYear;
    }

    private Map<FiscalYear, String> priorityIntroductions(long planId) {
        var byYear = new LinkedHashMap<FiscalYear, String>();
        jdbc.sql("""
                        SELECT fiscal_year, introduction FROM plan_priority_years
                        WHERE plan_id = ? AND introduction IS NOT NULL ORDER BY fiscal_year""")
                .param(planId)
                .query(rs -> {
                    byYear.put(FiscalYear.of(rs.getInt(1)), rs.getString(2));
                });
        return byYear;
    }
}

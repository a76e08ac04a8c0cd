package jp.shinko.store;

import java.util.ArrayList;
import java.util.List;
import jp.shinko.plan.YearFlag;

/**
 * The FROM and WHERE of a filtered project list as SQL text and its parameters. Aliases:
 * {@code pr} the project, {@code pp} its primary placement, {@code io} its implementer. Only
 * published projects and year records count, and a year's filters only the year's projects ({@link InYear}).
 * Every value goes in as a parameter; only fixed text is concatenated.
 */
final class ProjectConditions {

    static final String FROM = """
            FROM projects pr
            JOIN plans p ON p.id = pr.plan_id
            JOIN placements pp ON pp.primary_project_id = pr.id
            JOIN policy_nodes pn ON pn.id = pp.node_id
            LEFT JOIN organizations io ON io.id = pr.implementer_id
            """;

    private final StringBuilder where = new StringBuilder("WHERE p.plan_key = ? AND pr.published");
    private final List<Object> params = new ArrayList<>();

    ProjectConditions(String planKey, ProjectFilter filter) {
        params.add(planKey);
        if (filter.node() != null) {
            // A path is a prefix of another at a '/' boundary; LEFT avoids LIKE's wildcards.
            var path = filter.node().toString();
            and("""
                    EXISTS (SELECT 1 FROM placements xl JOIN policy_nodes xn ON xn.id = xl.node_id
                                 WHERE xl.project_id = pr.id AND (xn.path = ? OR LEFT(xn.path, ?) = ?))""");
            params.add(path);
            params.add(path.codePointCount(0, path.length()) + 1);
            params.add(path + "/");
        }
        if (filter.organization() != null) {
            and("""
                    (io.name = ? OR EXISTS (SELECT 1 FROM project_departments xd
                                                 JOIN organizations xo ON xo.id = xd.organization_id
                                                 WHERE xd.project_id = pr.id AND xo.name = ?))""");
            params.add(filter.organization());
            params.add(filter.organization());
        }
        if (filter.body() != null) {
            and("pr.city_own = ?");
            params.add(filter.body() == ProjectFilter.Body.CITY);
        }
        if (filter.strategic()) {
            and("pr.strategic_marks > 0");
        }
        if (filter.constrainsYearRecord()) {
            yearRecord(filter);
        }
    }

    private void yearRecord(ProjectFilter filter) {
        where.append(" AND EXISTS (SELECT 1 FROM year_records xy WHERE xy.project_id = pr.id AND ")
                .append(InYear.of("pr", "xy"));
        if (filter.year() != null) {
            where.append(" AND xy.fiscal_year = ?");
            params.add(filter.year().year());
        }
        if (filter.evaluation() != null) {
            where.append(" AND xy.evaluation_mark = ?");
            params.add(filter.evaluation());
        }
        if (filter.outlook() != null) {
            where.append(" AND xy.outlook = ?");
            params.add(filter.outlook());
        }
        for (YearFlag flag : filter.flags()) {
            where.append(" AND EXISTS (SELECT 1 FROM year_record_flags xf"
                    + " WHERE xf.year_record_id = xy.id AND xf.flag = ?)");
            params.add(flag.name());
        }
        where.append(")");
    }

    private void and(String condition) {
        where.append(" AND ").append(condition);
    }

    String where() {
        return where.toString();
    }

    List<Object> params() {
        return List.copyOf(params);
    }
}

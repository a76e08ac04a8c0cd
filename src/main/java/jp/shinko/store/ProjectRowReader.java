package jp.shinko.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.YearRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the rows of a filtered, sorted project list: first the ids of the projects on the page,
 * in order, then their departments and year records, a few hundred projects per statement.
 */
final class ProjectRowReader {

    /** Ids per IN list: far below PostgreSQL's 65,535 parameters per statement. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final YearRecordRows yearRecords;

    ProjectRowReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.yearRecords = new YearRecordRows(jdbc);
    }

    /** The rows in order; {@code limit} null means all of them. */
    List<ProjectRow> read(ProjectConditions conditions, ProjectOrder order, Integer limit, int offset) {
        var params = new ArrayList<Object>();
        var sortJoin = "";
        if (order.key().needsYear()) {
            sortJoin = """
                    LEFT JOIN year_records ys ON ys.project_id = pr.id AND ys.fiscal_year = ? AND ys.published
                    LEFT JOIN plan_evaluation_grades g ON g.plan_id = pr.plan_id AND g.mark = ys.evaluation_mark
                    """;
            params.add(order.year().year());
        }
        params.addAll(conditions.params());
        var page = "";
        if (limit != null) {
            page = " LIMIT ? OFFSET ?";
            params.add(limit);
            params.add(offset);
        }
        var heads = jdbc.sql("""
                        SELECT pr.id, pr.project_key, pr.name, pp.printed_number, pn.path, io.name AS implementer,
                               pr.city_own, pr.strategic_marks,
                               (SELECT COUNT(*) FROM placements xc WHERE xc.project_id = pr.id) AS placement_count
                        """ + ProjectConditions.FROM + sortJoin + conditions.where()
                        + " ORDER BY " + orderBy(order) + page)
                .params(params)
                .query((rs, n) -> new Head(rs.getLong("id"), new ProjectRow(rs.getString("project_key"),
                        rs.getString("name"), rs.getString("printed_number"), NodePath.parse(rs.getString("path")),
                        rs.getInt("placement_count"), rs.getString("implementer"), List.of(),
                        rs.getBoolean("city_own"), rs.getInt("strategic_marks"), List.of())))
                .list();
        var rows = new ArrayList<ProjectRow>();
        for (int start = 0; start < heads.size(); start += CHUNK) {
            rows.addAll(complete(heads.subList(start, Math.min(heads.size(), start + CHUNK))));
        }
        return rows;
    }

    private static String orderBy(ProjectOrder order) {
        var direction = order.descending() ? " DESC" : " ASC";
        var key = switch (order.key()) {
            case NUMBER -> "pp.print_order" + direction + ", pr.ord" + direction;
            case NAME -> "pr.name" + direction;
            case BUDGET -> "ys.budget_thousand_yen" + direction + " NULLS LAST";
            case SETTLED -> "ys.settled_thousand_yen" + direction + " NULLS LAST";
            case EVALUATION -> "g.ord" + direction + " NULLS LAST";
        };
        return order.key() == ProjectOrder.Key.NUMBER ? key : key + ", pp.print_order, pr.ord";
    }

    private List<ProjectRow> complete(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        var ids = heads.stream().map(Head::id).toList();
        var in = "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        var departments = new HashMap<Long, List<String>>();
        jdbc.sql("""
                        SELECT d.project_id, o.name FROM project_departments d
                        JOIN organizations o ON o.id = d.organization_id
                        WHERE d.project_id IN\s""" + in + " ORDER BY d.project_id, d.ord")
                .params(ids)
                .query(rs -> {
                    departments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, List<YearRecord>> years = yearRecords.read("y.published AND y.project_id IN " + in, ids).stream()
                .sorted(java.util.Comparator.comparing(YearRecord::year))
                .collect(Collectors.groupingBy(YearRecord::projectKey));
        return heads.stream().map(h -> {
            var r = h.row();
            return new ProjectRow(r.key(), r.name(), r.printedNumber(), r.node(), r.placements(), r.implementer(),
                    departments.getOrDefault(h.id(), List.of()), r.cityOwn(), r.strategicMarks(),
                    years.getOrDefault(r.key(), List.of()));
        }).toList();
    }

    private record Head(long id, ProjectRow row) {
    }
}

package jp.shinko.ingest.mapping;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.ProjectPeriod;

/**
 * One project row of a city's table as the profile reads it, before it becomes plan objects.
 *
 * @param line      the row's line in the source (sheet row, or PDF table row)
 * @param place     where its name is (事業一覧!B7)
 * @param column    the 0-based column of its name in the table
 * @param budget    予算額 per fiscal year, exact
 * @param settled   決算額 per fiscal year, exact
 * @param evaluation the plan's mark per fiscal year
 */
public record Entry(int line, String place, int column, NodePath node, String name, String number, String summary,
                    String content, String bureau, List<String> departments,
                    Map<FiscalYear, CellAmount> budget, Map<FiscalYear, CellAmount> settled,
                    Map<FiscalYear, String> evaluation, String outlook, ProjectPeriod period,
                    Set<Marker> markers, int strategicMarks, List<String> strategicProjects, List<String> notes) {
}

package jp.shinko.store;

import java.util.List;
import java.util.Optional;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.YearRecord;

/**
 * One project in a project list: its primary placement, who runs it and its year records.
 *
 * @param printedNumber the primary placement's number as printed
 * @param node          the primary placement's node
 * @param placements    how many times the project is listed (more than one: 再掲)
 * @param years         its year records, ascending by fiscal year
 */
public record ProjectRow(String key, String name, String printedNumber, NodePath node, int placements,
                         String implementer, List<String> departments, boolean cityOwn,
                         int strategicMarks, List<YearRecord> years) {

    public ProjectRow {
        departments = List.copyOf(departments);
        years = List.copyOf(years);
    }

    public Optional<YearRecord> year(FiscalYear year) {
        return years.stream().filter(r -> r.year().equals(year)).findFirst();
    }
}

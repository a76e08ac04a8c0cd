package jp.shinko.plan;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one definition of "the projects of a plan in fiscal year N", which every page, export and
 * API counts by (store's {@code InYear} is the same rule in SQL; a test holds them equal).
 *
 * <p>A project is <em>in year N</em> when the published list has a record of it for N and its
 * 事業期間 covers N (an unknown start or end does not exclude). A list also prints records outside
 * the period — Kagoshima's FY2019 results column lists the projects that only start in FY2020
 * (評価 ―, 「未実施」), its FY2020 column the projects that ended in FY2019 (「令和元年度で事業終了」)
 * — and those records are kept and shown, but they are not projects of that year and do not count.
 *
 * <p>A project listed several times (再掲) is one project: totals count it once, under its primary
 * placement; a node counts it once however many of its placements lie below it.
 */
public final class ProjectYears {

    private ProjectYears() {
    }

    /** Whether the project's period covers {@code year}; an unknown start or end does not exclude. */
    public static boolean runsIn(Project project, FiscalYear year) {
        var period = project.period();
        return (period.start() == null || period.start().compareTo(year) <= 0)
                && (period.end() == null || period.end().compareTo(year) >= 0);
    }

    /** Whether {@code record} makes its project one of the plan's projects in the record's year. */
    public static boolean counts(Project project, YearRecord record) {
        return runsIn(project, record.year());
    }

    /** The plan's projects in {@code year}: the records that count, by project key, in record order. */
    public static Map<String, YearRecord> records(PlanContent content, FiscalYear year) {
        var projects = content.projectsByKey();
        return content.yearRecords().stream()
                .filter(r -> r.year().equals(year) && counts(projects.get(r.projectKey()), r))
                .collect(Collectors.toMap(YearRecord::projectKey, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** The keys of the plan's projects in {@code year}. */
    public static Set<String> keys(PlanContent content, FiscalYear year) {
        return records(content, year).keySet();
    }

    /** Projects placed at {@code node} or below it (null: the whole plan), each once, 再掲 included. */
    public static Set<String> under(PlanContent content, NodePath node) {
        return content.placements().stream()
                .filter(p -> node == null || p.node().isWithin(node))
                .map(Placement::projectKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether the project is listed more than once (再掲). */
    public static boolean relisted(PlanContent content, String projectKey) {
        return content.placements().stream().filter(p -> p.projectKey().equals(projectKey)).count() > 1;
    }
}

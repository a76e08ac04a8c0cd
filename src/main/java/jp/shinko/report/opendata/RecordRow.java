package jp.shinko.report.opendata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;
import jp.shinko.plan.YearRecord;

/** One project in one fiscal year with what open data prints beside it: its placements. */
record RecordRow(PlanContent content, Project project, Placement primary, List<Placement> reListings,
                 YearRecord record) {

    /** Every year record (of one year, or all when {@code year} is null), by year, then by list order. */
    static List<RecordRow> of(PlanContent content, FiscalYear year) {
        Map<String, List<Placement>> placements = content.placements().stream()
                .collect(Collectors.groupingBy(Placement::projectKey));
        var projects = content.projectsByKey();
        var rows = new ArrayList<RecordRow>();
        for (var record : content.yearRecords()) {
            if (year != null && !record.year().equals(year)) {
                continue;
            }
            var listed = placements.getOrDefault(record.projectKey(), List.of());
            var primary = listed.stream().filter(Placement::primary).findFirst().orElseThrow();
            var others = listed.stream().filter(Placement::reListed)
                    .sorted(Comparator.comparingInt(Placement::order)).toList();
            rows.add(new RecordRow(content, projects.get(record.projectKey()), primary, others, record));
        }
        rows.sort(Comparator.comparing((RecordRow r) -> r.record().year())
                .thenComparingInt(r -> r.primary().order()));
        return rows;
    }
}

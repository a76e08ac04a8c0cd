package jp.shinko.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.ContentChange;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.YearRecord;

/**
 * What was read from one document, for the person importing it: counts per level, money per
 * year (re-listed projects once), evaluation counts, warnings, and what the import did.
 *
 * @param nodesPerLevel  level name to number of nodes
 * @param totals         per fiscal year, the budget and settled totals over the whole plan
 * @param evaluations    evaluation mark to number of year records carrying it
 * @param changes        for an updated plan, what differs from the edition stored before
 */
public record DocumentReport(String file, String layout, String planTitle, int projects, int placements,
                             int yearRecords, Map<String, Long> nodesPerLevel,
                             Map<FiscalYear, BudgetSummary> totals, Map<String, Long> evaluations,
                             List<ImportWarning> warnings, Outcome outcome, List<ContentChange> changes) {

    /** What the import did with the document. */
    public enum Outcome { READ_ONLY, IMPORTED, UPDATED, UNCHANGED }

    public DocumentReport {
        warnings = List.copyOf(warnings);
        changes = List.copyOf(changes);
    }

    /** The same report, listing what the import changed in the stored plan. */
    public DocumentReport withChanges(List<ContentChange> changes) {
        return new DocumentReport(file, layout, planTitle, projects, placements, yearRecords, nodesPerLevel,
                totals, evaluations, warnings, outcome, changes);
    }

    public static DocumentReport of(ParsedDocument parsed, Outcome outcome) {
        PlanContent content = parsed.content();
        var levelNames = content.plan().levelNames();
        Map<String, Long> nodesPerLevel = new java.util.LinkedHashMap<>();
        for (int level = 1; level <= levelNames.size(); level++) {
            final int l = level;
            nodesPerLevel.put(levelNames.get(level - 1),
                    content.nodes().stream().map(PolicyNode::level).filter(x -> x == l).count());
        }
        var totals = new TreeMap<FiscalYear, BudgetSummary>();
        for (var year : content.years()) {
            totals.put(year, BudgetSummary.of(content, null, year));
        }
        var scale = content.plan().evaluationScale();
        Map<String, Long> evaluations = new java.util.LinkedHashMap<>();
        var counted = content.yearRecords().stream().filter(r -> r.evaluation() != null)
                .collect(Collectors.groupingBy((YearRecord r) -> r.evaluation().mark(), Collectors.counting()));
        for (var mark : scale.marks()) {
            if (counted.containsKey(mark)) {
                evaluations.put(mark, counted.get(mark));
            }
        }
        return new DocumentReport(content.source().fileName(), content.source().layout(), content.plan().title(),
                content.projects().size(), content.placements().size(), content.yearRecords().size(),
                nodesPerLevel, totals, evaluations, parsed.warnings(), outcome, List.of());
    }
}

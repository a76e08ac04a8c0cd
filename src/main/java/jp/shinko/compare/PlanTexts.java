package jp.shinko.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;
import jp.shinko.plan.YearRecord;

/**
 * What themes and similarity need of one plan's published content: its projects, the node titles
 * above each, the latest stated budget and the similarity terms. Small enough to keep for every
 * plan, so a change to one plan reloads only that plan.
 */
record PlanTexts(String planKey, String municipalityCode, String municipality, List<Item> items) {

    /** One project with its node titles, latest budget and term counts. */
    record Item(Project project, List<String> nodeTitles, Integer budgetYear, Long budgetThousandYen,
                Map<String, Integer> terms) {
    }

    static PlanTexts of(PlanContent content) {
        var titles = new NodeTitles(content);
        var latest = new java.util.HashMap<String, YearRecord>();
        // The latest stated budget answers "with how much money" next to a similar project.
        content.yearRecords().stream().filter(r -> r.budget().isPresent())
                .forEach(r -> latest.merge(r.projectKey(), r,
                        (a, b) -> Comparator.comparing(YearRecord::year).compare(a, b) >= 0 ? a : b));
        var items = new ArrayList<Item>();
        for (var p : content.projects()) {
            var budget = latest.get(p.key());
            var terms = SimilarityIndex.terms(new SimilarityIndex.Entry(content.plan().key(), content.municipality().code(),
                    content.municipality().name(), p.key(), p.name(), p.summary(), java.util.Set.of(), null, null));
            items.add(new Item(p, titles.of(p.key()), budget == null ? null : budget.year().year(),
                    budget == null ? null : budget.budget().thousandYen(), terms));
        }
        return new PlanTexts(content.plan().key(), content.municipality().code(), content.municipality().name(),
                List.copyOf(items));
    }
}

package jp.shinko.store;

import java.util.List;
import java.util.Optional;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Plan;
import jp.shinko.plan.Source;

/**
 * A plan for its page: the plan, the document it was read from, its fiscal years and its tree
 * with totals per node.
 *
 * @param projects the plan's projects
 * @param years    ascending
 * @param nodes    in the document's order, parents before children
 */
public record PlanOverview(Municipality municipality, Plan plan, Source source, int projects,
                           List<PlanYear> years, List<NodeSummary> nodes) {

    public PlanOverview {
        years = List.copyOf(years);
        nodes = List.copyOf(nodes);
    }

    public Optional<PlanYear> year(FiscalYear year) {
        return years.stream().filter(y -> y.year().equals(year)).findFirst();
    }

    public Optional<NodeSummary> node(NodePath path) {
        return nodes.stream().filter(n -> n.node().path().equals(path)).findFirst();
    }

    /** Whether any year record of the plan carries an evaluation mark. */
    public boolean hasEvaluations() {
        return years.stream().anyMatch(PlanYear::hasEvaluations);
    }
}

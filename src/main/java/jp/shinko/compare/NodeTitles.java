package jp.shinko.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;

/** The nearest known title of the policy node holding a project's primary placement. */
final class NodeTitles {

    private final Map<NodePath, String> titles = new HashMap<>();
    private final Map<String, NodePath> primary = new HashMap<>();

    NodeTitles(PlanContent content) {
        for (PolicyNode node : content.nodes()) {
            node.knownTitle().ifPresent(t -> titles.put(node.path(), t));
        }
        for (var placement : content.placements()) {
            if (placement.primary()) {
                primary.put(placement.projectKey(), placement.node());
            }
        }
    }

    List<String> of(String projectKey) {
        var result = new ArrayList<String>();
        var path = primary.get(projectKey);
        while (path != null) {
            var title = titles.get(path);
            if (title != null) {
                result.add(title);
                break;
            }
            path = path.parent().orElse(null);
        }
        return result;
    }
}

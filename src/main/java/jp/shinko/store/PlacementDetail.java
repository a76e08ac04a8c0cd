package jp.shinko.store;

import java.util.List;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PolicyNode;

/**
 * A placement with the nodes from the top of the tree down to its node, so pages can print
 * the whole path with the titles that are known.
 */
public record PlacementDetail(Placement placement, List<PolicyNode> trail) {

    public PlacementDetail {
        trail = List.copyOf(trail);
    }
}

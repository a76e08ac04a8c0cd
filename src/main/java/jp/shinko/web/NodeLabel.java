package jp.shinko.web;

import java.util.List;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Plan;
import jp.shinko.plan.PolicyNode;
import org.springframework.stereotype.Component;

/**
 * Names policy nodes for pages, used from templates as {@code @nodeLabel}. Numbers are always
 * shown: a node with a title reads "取組 ① 創業支援"; one without reads by its whole path,
 * "推進施策 1-1-4", because a bare "4" says nothing where levels restart their numbering.
 */
@Component("nodeLabel")
public class NodeLabel {

    /** Level name, number and title where known. */
    public String of(Plan plan, PolicyNode node) {
        var level = node.level() <= plan.levelNames().size() ? plan.levelNames().get(node.level() - 1) : "";
        return (level + " " + number(node)).strip();
    }

    /** The number as pages print it, with the title where known: "① 創業支援" or "1-1-4". */
    public String number(PolicyNode node) {
        return node.knownTitle().map(t -> node.number() + " " + t).orElse(code(node.path()));
    }

    /** The whole path, "1-1-4-3" or "1-①". */
    public String code(NodePath path) {
        return String.join("-", path.numbers());
    }

    /** A trail from the top down, "方向性 1 創業・事業承継の促進 › 取組 ① 創業支援". */
    public String trail(Plan plan, List<PolicyNode> trail) {
        return String.join(" › ", trail.stream().map(n -> of(plan, n)).toList());
    }
}

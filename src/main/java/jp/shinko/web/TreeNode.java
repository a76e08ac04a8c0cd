package jp.shinko.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import jp.shinko.plan.NodePath;
import jp.shinko.store.NodeSummary;

/** A node of the plan page's tree with its children, built from the flat list the store returns. */
public record TreeNode(NodeSummary summary, List<TreeNode> children) {

    /** The top-level nodes; a node whose parent is missing is shown at the top rather than lost. */
    public static List<TreeNode> of(List<NodeSummary> nodes) {
        var children = new LinkedHashMap<NodePath, List<NodeSummary>>();
        var paths = nodes.stream().map(n -> n.node().path()).collect(java.util.stream.Collectors.toSet());
        var roots = new ArrayList<NodeSummary>();
        for (var node : nodes) {
            var parent = node.node().path().parent().filter(paths::contains);
            if (parent.isPresent()) {
                children.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(node);
            } else {
                roots.add(node);
            }
        }
        return build(roots, children);
    }

    private static List<TreeNode> build(List<NodeSummary> level, LinkedHashMap<NodePath, List<NodeSummary>> children) {
        return level.stream()
                .map(n -> new TreeNode(n, build(children.getOrDefault(n.node().path(), List.of()), children)))
                .toList();
    }

    /** The node's path as the list's {@code node} parameter. */
    public String path() {
        return summary.node().path().toString();
    }
}

package jp.shinko.report.official;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PlanContent;

/**
 * Rows of a list printed as a tree: each node's heading before its first entry, entries in the
 * order of the tree and, within a node, of the document. Re-listed placements are printed again
 * under their node.
 */
final class TreeRows {

    private TreeRows() {
    }

    /**
     * The rows in parts: one part per top-level node when {@code partPerTopNode}, named by its
     * level name and number (方向性1), else a single part named {@code singlePart}.
     */
    static List<ListPart> parts(PlanContent content, boolean partPerTopNode, String singlePart,
                                Function<Placement, ListRow.Entry> entry) {
        var parts = new ArrayList<ListPart>();
        var rows = new ArrayList<ListRow>();
        List<String> printed = List.of();
        String partName = singlePart;
        var placements = content.placements().stream()
                .sorted(Comparator.comparing(Placement::node).thenComparingInt(Placement::order))
                .toList();
        for (var placement : placements) {
            var numbers = placement.node().numbers();
            if (partPerTopNode && !printed.isEmpty() && !printed.get(0).equals(numbers.get(0))) {
                parts.add(new ListPart(partName, rows));
                rows = new ArrayList<>();
                printed = List.of();
            }
            if (partPerTopNode && rows.isEmpty()) {
                partName = sheetName(content, NodePath.of(numbers.get(0)));
            }
            for (int level = 1; level <= numbers.size(); level++) {
                var prefix = numbers.subList(0, level);
                if (printed.size() < level || !printed.subList(0, level).equals(prefix)) {
                    rows.add(new ListRow.Section(level, ListWording.nodeHeading(content, new NodePath(prefix))));
                }
            }
            printed = numbers;
            rows.add(entry.apply(placement));
        }
        if (!rows.isEmpty() || parts.isEmpty()) {
            parts.add(new ListPart(partName, rows));
        }
        return parts;
    }

    /** A sheet name as spreadsheets allow it: at most 31 characters, none of : \ / ? * [ ]. */
    private static String sheetName(PlanContent content, NodePath top) {
        var levels = content.plan().levelNames();
        var name = (levels.isEmpty() ? "" : levels.get(0)) + top.number();
        name = name.replaceAll("[:\\\\/?*\\[\\]]", "_");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}

package jp.shinko.ingest.kumamoto;

import java.util.List;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Organization;

/**
 * An entry of the list read with its summary: where it stands, what it says, and the lines it
 * spans (the entry row to the last summary line).
 *
 * @param order position of the entry in the document, 1-based
 */
record ListedEntry(EntryRow row, NodePath node, List<Organization> departments, String summary,
                   int firstLine, int lastLine, int order) {

    ListedEntry {
        departments = List.copyOf(departments);
    }
}

package jp.shinko.plan;

import java.util.Objects;

/**
 * A project listed under a policy node. Exactly one placement of a project is primary; the
 * others are re-listings (再掲), which totals must not count again.
 *
 * @param printedNumber the entry's number as printed in the list (№ 12, (3), ★15)
 * @param order         position of the entry in the document, for printing it back in order
 */
public record Placement(String projectKey, NodePath node, boolean primary, String printedNumber,
                        int order, Provenance provenance) {

    public Placement {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(node, "node");
        printedNumber = printedNumber == null ? "" : printedNumber;
    }

    public boolean reListed() {
        return !primary;
    }
}

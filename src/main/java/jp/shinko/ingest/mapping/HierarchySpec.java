package jp.shinko.ingest.mapping;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a table gives its policy tree.
 *
 * @param kind     codes, section rows, indentation, or one fixed node
 * @param headings for section rows and indentation: one pattern per level (top first) that a
 *                 heading's text matches, group 1 the node's number and group 2 its title; for
 *                 indentation a heading without a match is numbered 1, 2, … under its parent
 * @param fixed    for a fixed node: its path, top first
 * @param titles   for a fixed node: the titles of its path's nodes, where known
 */
public record HierarchySpec(Kind kind, List<Pattern> headings, List<String> fixed, List<String> titles) {

    /** How the hierarchy is given. */
    public enum Kind {
        CODES("codes"), SECTIONS("sections"), INDENTATION("indentation"), FIXED("fixed");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public HierarchySpec {
        headings = List.copyOf(headings);
        fixed = List.copyOf(fixed);
        titles = List.copyOf(titles);
    }
}

package jp.shinko.store;

import java.util.Objects;
import jp.shinko.plan.FiscalYear;

/**
 * The order of a project list. Budget, settled amount and evaluation are those of {@code year}
 * (without a year they cannot sort, and the list keeps the document's order); projects without a
 * stated value come last either way, and ties keep the document's order.
 *
 * @param year the fiscal year whose figures sort the list; ignored for number and name
 */
public record ProjectOrder(Key key, boolean descending, FiscalYear year) {

    /** What the list is sorted by. */
    public enum Key {
        /** The document's order (№ in Kagoshima, (k) within 取組 in Kumamoto). */
        NUMBER,
        NAME,
        BUDGET,
        SETTLED,
        /** Best mark first, in the plan's evaluation scale. */
        EVALUATION;

        boolean needsYear() {
            return this == BUDGET || this == SETTLED || this == EVALUATION;
        }
    }

    public ProjectOrder {
        Objects.requireNonNull(key, "key");
        if (key.needsYear() && year == null) {
            key = Key.NUMBER;
            descending = false;
        }
    }

    /** The document's order. */
    public static ProjectOrder byNumber() {
        return new ProjectOrder(Key.NUMBER, false, null);
    }
}

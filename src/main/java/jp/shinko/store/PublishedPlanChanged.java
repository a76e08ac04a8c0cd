package jp.shinko.store;

import java.util.Objects;

/**
 * Published, inside the changing transaction, when what the public sees of a plan has changed: an
 * import saved its content, a round's year was published, a published record was corrected.
 * Listeners that act after commit (the search index) see only committed content.
 */
public record PublishedPlanChanged(String planKey) {

    public PublishedPlanChanged {
        Objects.requireNonNull(planKey, "planKey");
    }
}

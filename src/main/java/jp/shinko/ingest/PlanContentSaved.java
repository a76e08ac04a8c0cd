package jp.shinko.ingest;

import java.util.Objects;

/**
 * Published when a plan's content has been saved to the store, inside the saving transaction;
 * listeners that act after commit (the search index) see only committed content.
 */
public record PlanContentSaved(String planKey) {

    public PlanContentSaved {
        Objects.requireNonNull(planKey, "planKey");
    }
}

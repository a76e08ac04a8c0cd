package jp.shinko.store;

import java.util.Objects;
import jp.shinko.plan.Organization;

/**
 * An organization of a plan and how many projects name it.
 *
 * @param implementing projects it implements (実施主体)
 * @param inCharge     projects it is a department in charge of (担当課)
 * @param projects     projects it does either for, each once
 */
public record OrganizationSummary(Organization organization, int implementing, int inCharge, int projects) {

    public OrganizationSummary {
        Objects.requireNonNull(organization, "organization");
    }
}

package jp.shinko.cycle;

import java.util.Set;
import jp.shinko.audit.Membership;
import jp.shinko.audit.Role;

/** A user to add: name, display name (defaults to the name), role, organizations and first password. */
public record NewUser(String username, String displayName, Role role, Set<Membership> memberships,
                      String password, boolean mustChangePassword) {

    public NewUser {
        memberships = memberships == null ? Set.of() : Set.copyOf(memberships);
    }
}

package jp.shinko.audit;

import java.util.Objects;
import java.util.Set;

/** The signed-in user a command acts for: name, role and, for editors, organizations. */
public record Actor(String username, Role role, Set<Membership> memberships) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        memberships = Set.copyOf(memberships);
    }

    /** The CLI acting with full rights, named as the audit trail shows it. */
    public static Actor commandLine() {
        return new Actor("cli", Role.ADMIN, Set.of());
    }

    public boolean belongsTo(String planKey, String organizationName) {
        return memberships.contains(new Membership(planKey, organizationName));
    }

    public boolean coordinates() {
        return role == Role.ADMIN || role == Role.COORDINATOR;
    }
}

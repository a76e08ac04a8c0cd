package jp.shinko.cycle;

import java.time.Instant;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import jp.shinko.audit.Actor;
import jp.shinko.audit.Membership;
import jp.shinko.audit.Role;

/** A user of the app as the admin pages and the CLI show it; the password hash never leaves the repository. */
public record UserAccount(long id, String username, String displayName, Role role, boolean enabled,
                          boolean mustChangePassword, Instant createdAt, SortedSet<Membership> memberships) {

    public UserAccount {
        memberships = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(memberships));
    }

    public Actor actor() {
        return new Actor(username, role, Set.copyOf(memberships));
    }
}

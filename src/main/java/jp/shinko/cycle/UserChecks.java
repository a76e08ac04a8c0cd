package jp.shinko.cycle;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.shinko.audit.Membership;
import jp.shinko.audit.Role;
import jp.shinko.command.Problem;

/** Checks shared by the user commands: user names, and memberships naming real plans and organizations. */
final class UserChecks {

    private UserChecks() {
    }

    static Optional<Problem> username(String username) {
        if (username == null || !username.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
            return Optional.of(Problem.of("username", "username.format"));
        }
        return Optional.empty();
    }

    /** Editors need at least one organization; every membership must name a plan's organization. */
    static List<Problem> memberships(Role role, Set<Membership> memberships, PlanFacts facts) {
        if (role == Role.ORG_EDITOR && memberships.isEmpty()) {
            return List.of(Problem.of("memberships", "membership.required"));
        }
        for (var m : memberships) {
            if (facts.organization(m.planKey(), m.organizationName()).isEmpty()) {
                return List.of(Problem.of("memberships", "membership.unknown", m.toString()));
            }
        }
        return List.of();
    }

    static String memberships(Set<Membership> memberships) {
        return String.join(", ", new java.util.TreeSet<>(memberships).stream().map(Membership::toString).toList());
    }
}

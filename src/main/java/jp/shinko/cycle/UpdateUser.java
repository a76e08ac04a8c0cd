package jp.shinko.cycle;

import java.time.Clock;
import java.util.Set;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.audit.Membership;
import jp.shinko.audit.Role;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator changes a user's display name, role and organizations. */
@Service
public class UpdateUser {

    private final AccountRepository accounts;
    private final PlanFacts facts;
    private final AuditTrail audit;
    private final Clock clock;

    UpdateUser(AccountRepository accounts, PlanFacts facts, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, String username, String displayName, Role role, Set<Membership> memberships) {
        if (!CyclePermissions.allows(actor, CycleAction.MANAGE_USERS, null, null)) {
            return new Outcome.Denied();
        }
        var account = accounts.find(username);
        if (account.isEmpty()) {
            return new Outcome.NotFound();
        }
        if (role == null) {
            return Outcome.invalid(java.util.List.of(Problem.of("role", "role.required")));
        }
        var problems = UserChecks.memberships(role, memberships, facts);
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        if (username.equals(actor.username()) && role != Role.ADMIN) {
            // Nobody demotes themselves by accident and leaves the app without an administrator.
            return Outcome.refused("user.own-role");
        }
        var before = account.get();
        var name = RecordValidation.text(displayName);
        var newName = name == null ? before.displayName() : name;
        accounts.setRoleAndName(before.id(), role, newName);
        accounts.setMemberships(before.id(), memberships);
        var scope = AuditTrail.Scope.of(actor.username(), clock.instant(), "UPDATE_USER", null, null, null)
                .withSubject(username);
        audit.change(scope, "displayName", before.displayName(), newName);
        audit.change(scope, "role", before.role().name(), role.name());
        audit.change(scope, "memberships", UserChecks.memberships(before.memberships()),
                UserChecks.memberships(memberships));
        return Outcome.done("user.updated", username);
    }
}

package jp.shinko.cycle;

import java.time.Clock;
import java.util.ArrayList;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator (in the app or at the command line) adds a user with a role and organizations. */
@Service
public class AddUser {

    private final AccountRepository accounts;
    private final PlanFacts facts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    AddUser(AccountRepository accounts, PlanFacts facts, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.facts = facts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, NewUser user) {
        if (!CyclePermissions.allows(actor, CycleAction.MANAGE_USERS, null, null)) {
            return new Outcome.Denied();
        }
        var problems = new ArrayList<Problem>();
        UserChecks.username(user.username()).ifPresent(problems::add);
        if (problems.isEmpty() && accounts.find(user.username()).isPresent()) {
            problems.add(Problem.of("username", "username.taken", user.username()));
        }
        if (user.role() == null) {
            problems.add(Problem.of("role", "role.required"));
        } else {
            problems.addAll(UserChecks.memberships(user.role(), user.memberships(), facts));
        }
        PasswordPolicy.check("password", user.username(), user.password()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        var displayName = RecordValidation.text(user.displayName());
        var now = clock.instant();
        long id = accounts.insert(user.username(), displayName == null ? user.username() : displayName, user.role(),
                encoder.encode(user.password()), user.mustChangePassword(), now);
        accounts.setMemberships(id, user.memberships());
        var scope = AuditTrail.Scope.of(actor.username(), now, "ADD_USER", null, null, null)
                .withSubject(user.username());
        audit.change(scope, "role", null, user.role().name());
        audit.change(scope, "memberships", null, UserChecks.memberships(user.memberships()));
        return Outcome.done("user.added", user.username());
    }
}

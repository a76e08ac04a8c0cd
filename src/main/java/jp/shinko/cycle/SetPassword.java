package jp.shinko.cycle;

import java.time.Clock;
import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords: a user changes their own (knowing the current one), or an administrator sets one
 * (in the app it must then be changed at the next login). Neither password is ever audited.
 */
@Service
public class SetPassword {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    SetPassword(AccountRepository accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in user changes their own password. */
    @Transactional
    public Outcome changeOwn(Actor actor, String current, String password, String confirmation) {
        var account = accounts.find(actor.username());
        if (account.isEmpty()) {
            return new Outcome.NotFound();
        }
        var hash = accounts.passwordHash(actor.username()).orElseThrow();
        if (current == null || !encoder.matches(current, hash)) {
            return Outcome.invalid(List.of(Problem.of("current", "password.current-wrong")));
        }
        if (password != null && password.equals(current)) {
            return Outcome.invalid(List.of(Problem.of("password", "password.unchanged")));
        }
        return set(actor, account.get(), password, confirmation, false, "CHANGE_PASSWORD");
    }

    /** An administrator sets someone's password; {@code mustChange}: the user replaces it at next login. */
    @Transactional
    public Outcome setFor(Actor actor, String username, String password, String confirmation, boolean mustChange) {
        if (!CyclePermissions.allows(actor, CycleAction.MANAGE_USERS, null, null)) {
            return new Outcome.Denied();
        }
        var account = accounts.find(username);
        if (account.isEmpty()) {
            return new Outcome.NotFound();
        }
        return set(actor, account.get(), password, confirmation, mustChange, "SET_PASSWORD");
    }

    private Outcome set(Actor actor, UserAccount account, String password, String confirmation, boolean mustChange,
                        String action) {
        var problem = PasswordPolicy.check("password", account.username(), password);
        if (problem.isPresent()) {
            return Outcome.invalid(List.of(problem.get()));
        }
        if (confirmation != null && !confirmation.equals(password)) {
            return Outcome.invalid(List.of(Problem.of("confirmation", "password.mismatch")));
        }
        accounts.setPassword(account.id(), encoder.encode(password), mustChange);
        audit.action(AuditTrail.Scope.of(actor.username(), clock.instant(), action, null, null, null)
                .withSubject(account.username()));
        return Outcome.done("password.changed", account.username());
    }
}

package jp.shinko.cycle;

import java.time.Clock;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator disables a user (who can no longer sign in) or enables them again. */
@Service
public class SetUserEnabled {

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;

    SetUserEnabled(AccountRepository accounts, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, String username, boolean enabled) {
        if (!CyclePermissions.allows(actor, CycleAction.MANAGE_USERS, null, null)) {
            return new Outcome.Denied();
        }
        var account = accounts.find(username);
        if (account.isEmpty()) {
            return new Outcome.NotFound();
        }
        if (!enabled && username.equals(actor.username())) {
            return Outcome.refused("user.disable-self");
        }
        if (account.get().enabled() == enabled) {
            return Outcome.done(enabled ? "user.enabled" : "user.disabled", username);
        }
        accounts.setEnabled(account.get().id(), enabled);
        audit.change(AuditTrail.Scope.of(actor.username(), clock.instant(), enabled ? "ENABLE_USER" : "DISABLE_USER",
                null, null, null).withSubject(username), "enabled", String.valueOf(!enabled), String.valueOf(enabled));
        return Outcome.done(enabled ? "user.enabled" : "user.disabled", username);
    }
}

package jp.shinko.compare;

import java.time.Clock;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A coordinator renames a theme, rewrites its description or moves it in the order; the code stays. */
@Service
public class UpdateTheme {

    private final ThemeStore store;
    private final AuditTrail audit;
    private final Clock clock;

    UpdateTheme(ThemeStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, String code, ThemeForm form) {
        if (!ThemePermission.allows(actor)) {
            return new Outcome.Denied();
        }
        var all = store.allThemes();
        var before = all.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
        if (before == null) {
            return new Outcome.NotFound();
        }
        var reading = ThemeChecks.forUpdate(code, form, all);
        if (!reading.ok()) {
            return Outcome.invalid(reading.problems());
        }
        var after = reading.theme();
        if (after.equals(before)) {
            return Outcome.refused("theme.unchanged");
        }
        store.update(after);
        var scope = ThemeAudit.taxonomy(actor, clock.instant(), ThemeAudit.UPDATE, code, form.reason());
        audit.change(scope, "themeName", before.name(), after.name());
        audit.change(scope, "themeDescription", before.description(), after.description());
        audit.change(scope, "themeOrder", String.valueOf(before.order()), String.valueOf(after.order()));
        return Outcome.done("theme.updated", after.name());
    }
}

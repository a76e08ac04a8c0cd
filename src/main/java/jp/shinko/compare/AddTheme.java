package jp.shinko.compare;

import java.time.Clock;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Message;
import jp.shinko.command.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator adds a theme to the taxonomy. It has no automatic rule (those are code, in
 * theme-terms.csv), so projects get it only by override until terms are added.
 */
@Service
public class AddTheme {

    private final ThemeStore store;
    private final AuditTrail audit;
    private final Clock clock;

    AddTheme(ThemeStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, ThemeForm form) {
        if (!ThemePermission.allows(actor)) {
            return new Outcome.Denied();
        }
        var reading = ThemeChecks.forNew(form, store.allThemes());
        if (!reading.ok()) {
            return Outcome.invalid(reading.problems());
        }
        var theme = reading.theme();
        store.add(theme);
        var scope = ThemeAudit.taxonomy(actor, clock.instant(), ThemeAudit.ADD, theme.code(), form.reason());
        audit.change(scope, "themeName", null, theme.name());
        audit.change(scope, "themeDescription", null, theme.description());
        audit.change(scope, "themeOrder", null, String.valueOf(theme.order()));
        return new Outcome.Done(Message.of("theme.added", theme.name()), theme.code());
    }
}

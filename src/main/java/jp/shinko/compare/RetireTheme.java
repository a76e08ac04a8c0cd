package jp.shinko.compare;

import java.time.Clock;
import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retires a theme (it leaves comparisons, automatic assignment and the override choices, but its
 * row stays so old overrides and audit entries still name it), or brings it back. A theme that a
 * project's current override chose is not retired: it would vanish from that project silently.
 */
@Service
public class RetireTheme {

    private final ThemeStore store;
    private final Comparisons comparisons;
    private final AuditTrail audit;
    private final Clock clock;

    RetireTheme(ThemeStore store, Comparisons comparisons, AuditTrail audit, Clock clock) {
        this.store = store;
        this.comparisons = comparisons;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code retire} true retires the theme, false brings it back. */
    @Transactional
    public Outcome run(Actor actor, String code, boolean retire, String reason) {
        if (!ThemePermission.allows(actor)) {
            return new Outcome.Denied();
        }
        var entry = comparisons.taxonomy().stream().filter(e -> e.theme().code().equals(code)).findFirst().orElse(null);
        if (entry == null) {
            return new Outcome.NotFound();
        }
        var reasonProblem = ThemeChecks.reasonProblem(reason);
        if (reasonProblem != null) {
            return Outcome.invalid(List.of(reasonProblem));
        }
        var name = entry.theme().name();
        if (entry.retired() == retire) {
            return Outcome.refused(retire ? "theme.already-retired" : "theme.not-retired", name);
        }
        if (retire && !entry.chosenBy().isEmpty()) {
            return Outcome.refused("theme.in-use", name, entry.chosenBy().size());
        }
        store.setRetired(code, retire);
        audit.change(ThemeAudit.taxonomy(actor, clock.instant(), retire ? ThemeAudit.RETIRE : ThemeAudit.RESTORE,
                        code, reason), "themeStatus", retire ? ThemeAudit.ACTIVE : ThemeAudit.RETIRED,
                retire ? ThemeAudit.RETIRED : ThemeAudit.ACTIVE);
        return Outcome.done(retire ? "theme.retired" : "theme.restored", name);
    }
}

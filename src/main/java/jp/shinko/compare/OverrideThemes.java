package jp.shinko.compare;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator decides a project's themes: the choice wins over the automatic ones from then on,
 * and the audit trail records it (old → new themes, and the reason if given) in the same transaction.
 */
@Service
public class OverrideThemes {

    /** decided_at is shown as it is stored, in the time of the municipalities. */
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final ThemeStore store;
    private final Comparisons comparisons;
    private final AuditTrail audit;
    private final Clock clock;

    OverrideThemes(ThemeStore store, Comparisons comparisons, AuditTrail audit, Clock clock) {
        this.store = store;
        this.comparisons = comparisons;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code themes} are codes of themes in use; they are kept in the taxonomy's order. */
    @Transactional
    public Outcome run(Actor actor, String planKey, String projectKey, List<String> themes, String reason) {
        if (!ThemePermission.allows(actor)) {
            return new Outcome.Denied();
        }
        var current = comparisons.projectThemes(planKey, projectKey).orElse(null);
        if (current == null) {
            return new Outcome.NotFound();
        }
        var inUse = comparisons.themes().stream().map(Theme::code).toList();
        var unknown = themes.stream().filter(code -> !inUse.contains(code)).distinct().toList();
        if (!unknown.isEmpty()) {
            return Outcome.invalid(List.of(Problem.of("theme", "theme.unknown", String.join(", ", unknown))));
        }
        var reasonProblem = ThemeChecks.reasonProblem(reason);
        if (reasonProblem != null) {
            return Outcome.invalid(List.of(reasonProblem));
        }
        var chosen = inUse.stream().filter(themes::contains).toList();
        var before = current.effective();
        var now = clock.instant();
        store.override(new ThemeOverride(planKey, projectKey, before, chosen, actor.username(),
                LocalDateTime.ofInstant(now, JAPAN)));
        var scope = ThemeAudit.override(actor, now, planKey, projectKey, reason);
        if (new HashSet<>(before).equals(new HashSet<>(chosen))) {
            // The same themes, now decided by hand: the decision is recorded, with no changed field.
            audit.action(scope);
        } else {
            audit.change(scope, "themes", ThemeAudit.codes(before), ThemeAudit.codes(chosen));
        }
        return Outcome.done("theme.decided", current.name());
    }
}

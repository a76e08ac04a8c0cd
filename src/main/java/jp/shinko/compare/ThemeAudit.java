package jp.shinko.compare;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;

/**
 * How theme decisions appear in the shared audit trail: the action codes, field names and value
 * spellings. Taxonomy entries belong to no plan and name the theme's code as their subject; an
 * override belongs to its plan and project, so it shows in the project's history and CSV.
 */
final class ThemeAudit {

    static final String OVERRIDE = "OVERRIDE_THEMES";
    static final String ADD = "ADD_THEME";
    static final String UPDATE = "UPDATE_THEME";
    static final String RETIRE = "RETIRE_THEME";
    static final String RESTORE = "RESTORE_THEME";
    static final List<String> TAXONOMY_ACTIONS = List.of(ADD, UPDATE, RETIRE, RESTORE);

    static final String ACTIVE = "ACTIVE";
    static final String RETIRED = "RETIRED";

    private ThemeAudit() {
    }

    static AuditTrail.Scope taxonomy(Actor actor, Instant at, String action, String code, String reason) {
        return AuditTrail.Scope.of(actor.username(), at, action, null, null, null).withSubject(code)
                .withReason(reasonOrNull(reason));
    }

    static AuditTrail.Scope override(Actor actor, Instant at, String planKey, String projectKey, String reason) {
        return AuditTrail.Scope.of(actor.username(), at, OVERRIDE, planKey, null, projectKey)
                .withReason(reasonOrNull(reason));
    }

    /** Theme codes as the audit trail keeps them: space-separated, like the record flags. */
    static String codes(List<String> codes) {
        return codes.stream().collect(Collectors.joining(" "));
    }

    private static String reasonOrNull(String reason) {
        var text = ThemeChecks.trimmed(reason);
        return text.isEmpty() ? null : text;
    }
}

package jp.shinko.audit;

import java.time.Instant;

/**
 * One line of the audit trail: who did what when, and for a changed field its old and new value.
 *
 * @param action  what was done, e.g. {@code UPDATE_RECORD}, {@code PUBLISH_YEAR}, {@code ADD_USER}
 * @param subject what the action was on when it is not a project, e.g. a user name; else null
 * @param field   the field that changed (a {@code cycle.field.*} name), null for the action itself
 * @param revision the revision number of a correction after publication, else null
 */
public record AuditEntry(long id, Instant at, String actor, String action, String planKey, Integer fiscalYear,
                         String projectKey, String subject, String field, String oldValue, String newValue,
                         String reason, Integer revision) {
}

package jp.shinko.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import jp.shinko.plan.FiscalYear;
import jp.shinko.sql.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads the audit trail. Commands write their entries in the same transaction as the
 * change, so a change and its record stand or fall together; every module's commands (the round,
 * theme decisions, municipality figures) record theirs through {@link #change} and {@link #action}.
 */
@Repository
public class AuditTrail {

    private static final String SELECT = """
            SELECT id, at, actor, action, plan_key, fiscal_year, project_key, subject, field,
                   old_value, new_value, reason, revision
            FROM audit_entries""";

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The context an action is recorded in: who, when, and on what. */
    public record Scope(String actor, Instant at, String action, String planKey, FiscalYear year, String projectKey,
                 String subject, String reason, Integer revision) {

        public static Scope of(String actor, Instant at, String action, String planKey, FiscalYear year, String projectKey) {
            return new Scope(actor, at, action, planKey, year, projectKey, null, null, null);
        }

        public Scope withReason(String newReason) {
            return new Scope(actor, at, action, planKey, year, projectKey, subject, newReason, revision);
        }

        public Scope withSubject(String newSubject) {
            return new Scope(actor, at, action, planKey, year, projectKey, newSubject, reason, revision);
        }

        public Scope withRevision(int newRevision) {
            return new Scope(actor, at, action, planKey, year, projectKey, subject, reason, newRevision);
        }
    }

    /** Records the action itself (no field). */
    public void action(Scope scope) {
        insert(scope, null, null, null);
    }

    /** Records one changed field; unchanged values are not recorded. */
    public void change(Scope scope, String field, String oldValue, String newValue) {
        if (!Objects.equals(blankToNull(oldValue), blankToNull(newValue))) {
            insert(scope, field, oldValue, newValue);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private void insert(Scope scope, String field, String oldValue, String newValue) {
        jdbc.sql("""
                        INSERT INTO audit_entries (at, actor, action, plan_key, fiscal_year, project_key, subject,
                                                   field, old_value, new_value, reason, revision)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(SqlValues.time(scope.at()), scope.actor(), scope.action(), SqlValues.text(scope.planKey()),
                        SqlValues.integer(scope.year() == null ? null : scope.year().year()),
                        SqlValues.text(scope.projectKey()), SqlValues.text(scope.subject()), SqlValues.text(field),
                        SqlValues.text(oldValue), SqlValues.text(newValue), SqlValues.text(scope.reason()),
                        SqlValues.integer(scope.revision()))
                .update();
    }

    /** The id of the latest entry, 0 before the first: it changes with every audited change. */
    public long lastEntryId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entries").query(Long.class).single();
    }

    /** A plan's entries (one year, or all years when {@code year} is null), oldest first. */
    public List<AuditEntry> forPlan(String planKey, FiscalYear year) {
        if (year == null) {
            return jdbc.sql(SELECT + " WHERE plan_key = ? ORDER BY id").param(planKey).query(this::map).list();
        }
        return jdbc.sql(SELECT + " WHERE plan_key = ? AND fiscal_year = ? ORDER BY id")
                .params(planKey, year.year()).query(this::map).list();
    }

    /** One project's entries across all years, oldest first. */
    public List<AuditEntry> forProject(String planKey, String projectKey) {
        return jdbc.sql(SELECT + " WHERE plan_key = ? AND project_key = ? ORDER BY id")
                .params(planKey, projectKey).query(this::map).list();
    }

    /** Entries of the given actions (e.g. the theme taxonomy's), oldest first. */
    public List<AuditEntry> forActions(Collection<String> actions) {
        return jdbc.sql(SELECT + " WHERE action IN (:actions) ORDER BY id").param("actions", actions)
                .query(this::map).list();
    }

    /** Entries of the given actions after the entry {@code afterId}, oldest first: for followers of the trail. */
    public List<AuditEntry> after(long afterId, Collection<String> actions) {
        return jdbc.sql(SELECT + " WHERE id > :after AND action IN (:actions) ORDER BY id")
                .param("after", afterId).param("actions", actions)
                .query(this::map).list();
    }

    /** Entries about users, organizations and the theme taxonomy, which belong to no plan, oldest first. */
    public List<AuditEntry> administration() {
        return jdbc.sql(SELECT + " WHERE plan_key IS NULL ORDER BY id").query(this::map).list();
    }

    private AuditEntry map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("id"), SqlValues.instant(rs, "at"), rs.getString("actor"),
                rs.getString("action"), rs.getString("plan_key"), rs.getObject("fiscal_year", Integer.class),
                rs.getString("project_key"), rs.getString("subject"), rs.getString("field"),
                rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason"),
                rs.getObject("revision", Integer.class));
    }
}

package jp.shinko.reminders;

import static jp.shinko.sql.SqlValues.text;
import static jp.shinko.sql.SqlValues.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.shinko.plan.FiscalYear;
import jp.shinko.sql.SqlValues;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reminders' tables: deadlines, mailboxes, the mail log (which is also the outbox) and the audit cursor. */
@Repository
class ReminderStore {

    /** The organization name of a round-wide deadline. */
    private static final String ROUND = "";

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Deadline> deadlines(String planKey, FiscalYear year) {
        return jdbc.sql("SELECT organization_name, due_on FROM round_deadlines WHERE plan_key = ? AND fiscal_year = ?"
                        + " ORDER BY organization_name")
                .params(planKey, year.year())
                .query((rs, n) -> new Deadline(ROUND.equals(rs.getString(1)) ? null : rs.getString(1),
                        rs.getObject(2, LocalDate.class)))
                .list();
    }

    /** Sets or (with a null date) removes a deadline. */
    void setDeadline(String planKey, FiscalYear year, String organization, LocalDate dueOn) {
        var name = organization == null ? ROUND : organization;
        jdbc.sql("DELETE FROM round_deadlines WHERE plan_key = ? AND fiscal_year = ? AND organization_name = ?")
                .params(planKey, year.year(), name).update();
        if (dueOn != null) {
            jdbc.sql("INSERT INTO round_deadlines (plan_key, fiscal_year, organization_name, due_on) VALUES (?, ?, ?, ?)")
                    .params(planKey, year.year(), name, dueOn).update();
        }
    }

    Map<String, String> mailboxes(String planKey) {
        var map = new TreeMap<String, String>();
        jdbc.sql("SELECT organization_name, address FROM organization_mailboxes WHERE plan_key = ?")
                .param(planKey)
                .query((ResultSet rs) -> {
                    map.put(rs.getString(1), rs.getString(2));
                });
        return map;
    }

    /** Sets or (with a null address) removes an organization's mailbox. */
    void setMailbox(String planKey, String organization, String address) {
        jdbc.sql("DELETE FROM organization_mailboxes WHERE plan_key = ? AND organization_name = ?")
                .params(planKey, organization).update();
        if (address != null) {
            jdbc.sql("INSERT INTO organization_mailboxes (plan_key, organization_name, address) VALUES (?, ?, ?)")
                    .params(planKey, organization, address).update();
        }
    }

    /**
     * Queues a reminder unless one with the same key exists; false when it did. A mail without a
     * recipient is logged as {@link MailStatus#NO_ADDRESS} and never sent.
     */
    boolean queue(String dedupeKey, String planKey, FiscalYear year, String organization, ReminderKind kind,
                  String recipient, MailText text, Instant now) {
        if (jdbc.sql("SELECT COUNT(*) FROM reminder_mails WHERE dedupe_key = ?").param(dedupeKey)
                .query(Integer.class).single() > 0) {
            return false;
        }
        var status = recipient == null ? MailStatus.NO_ADDRESS : MailStatus.PENDING;
        try {
            jdbc.sql("""
                            INSERT INTO reminder_mails (dedupe_key, plan_key, fiscal_year, organization_name, kind, recipient,
                                subject, body, status, attempts, created_at, next_attempt_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                    .params(List.of(dedupeKey, planKey, year.year(), organization, kind.name(), text(recipient),
                            text.subject(), text.body(), status.name(), time(now),
                            time(recipient == null ? null : now)))
                    .update();
            return true;
        } catch (DuplicateKeyException raced) {
            // Another server queued the same reminder between the check and the insert.
            return false;
        }
    }

    /** Mails a sender may take now: pending, due for a retry, or taken by a sender that vanished. */
    List<ReminderMail> sendable(Instant now, Instant staleBefore, int limit) {
        return jdbc.sql(SELECT + """
                         WHERE (status IN ('PENDING', 'RETRY') AND next_attempt_at <= ?)
                            OR (status = 'SENDING' AND next_attempt_at <= ?)
                         ORDER BY id FETCH FIRST ? ROWS ONLY""")
                .params(time(now), time(staleBefore), limit)
                .query(this::mail).list();
    }

    /**
     * Takes a mail for sending; false when another sender took it first. While it is being sent its
     * next_attempt_at is when the take started, so a take older than the stale limit can be redone.
     */
    boolean take(ReminderMail mail, Instant now) {
        return jdbc.sql("UPDATE reminder_mails SET status = 'SENDING', next_attempt_at = ?"
                        + " WHERE id = ? AND status = ? AND attempts = ?")
                .params(time(now), mail.id(), mail.status().name(), mail.attempts())
                .update() == 1;
    }

    void sent(long id, Instant now) {
        jdbc.sql("UPDATE reminder_mails SET status = 'SENT', attempts = attempts + 1, sent_at = ?, next_attempt_at = NULL,"
                        + " last_error = NULL WHERE id = ?")
                .params(time(now), id).update();
    }

    /** A failed try: retried at {@code retryAt}, or given up when that is null. */
    void failed(long id, String error, Instant retryAt) {
        jdbc.sql("UPDATE reminder_mails SET status = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
                        + " WHERE id = ?")
                .params(retryAt == null ? MailStatus.FAILED.name() : MailStatus.RETRY.name(), time(retryAt),
                        text(error), id)
                .update();
    }

    List<ReminderMail> mails(String planKey, FiscalYear year) {
        return jdbc.sql(SELECT + " WHERE plan_key = ? AND fiscal_year = ? ORDER BY id")
                .params(planKey, year.year()).query(this::mail).list();
    }

    long cursor(String name) {
        return jdbc.sql("SELECT last_audit_id FROM reminder_cursor WHERE name = ?").param(name)
                .query(Long.class).optional().orElse(0L);
    }

    void moveCursor(String name, long lastAuditId) {
        if (jdbc.sql("UPDATE reminder_cursor SET last_audit_id = ? WHERE name = ?").params(lastAuditId, name).update() == 0) {
            jdbc.sql("INSERT INTO reminder_cursor (name, last_audit_id) VALUES (?, ?)").params(name, lastAuditId).update();
        }
    }

    private static final String SELECT = """
            SELECT id, organization_name, kind, recipient, subject, body, status, attempts, created_at,
                   next_attempt_at, sent_at, last_error
            FROM reminder_mails
            """;

    private ReminderMail mail(ResultSet rs, int n) throws SQLException {
        return new ReminderMail(rs.getLong("id"), rs.getString("organization_name"),
                ReminderKind.valueOf(rs.getString("kind")), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                SqlValues.instant(rs, "created_at"), SqlValues.instant(rs, "next_attempt_at"),
                SqlValues.instant(rs, "sent_at"), rs.getString("last_error"));
    }

    static Optional<LocalDate> roundDeadline(List<Deadline> deadlines) {
        return deadlines.stream().filter(Deadline::roundWide).map(Deadline::dueOn).findFirst();
    }
}

package jp.shinko.reminders;

import java.time.Instant;

/** One reminder as the log shows it: to whom, why, and what became of it. */
public record ReminderMail(long id, String organization, ReminderKind kind, String recipient, String subject,
                           String body, MailStatus status, int attempts, Instant createdAt,
                           Instant nextAttemptAt, Instant sentAt, String lastError) {
}

package jp.shinko.reminders;

/** Why a reminder is sent. */
public enum ReminderKind {
    /** The deadline is near and the organization has records to submit. */
    DUE_SOON,
    /** The deadline has passed and records are still not submitted. */
    OVERDUE,
    /** The coordinator returned a record with a comment. */
    RETURNED
}

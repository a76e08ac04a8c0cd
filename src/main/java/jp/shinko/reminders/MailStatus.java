package jp.shinko.reminders;

/** What became of a reminder. */
public enum MailStatus {
    /** Decided, waiting for the sender. */
    PENDING,
    /** A sender has taken it. */
    SENDING,
    SENT,
    /** The mail server refused or could not be reached; it is tried again later. */
    RETRY,
    /** Given up after the last try. */
    FAILED,
    /** The organization has no mailbox: nothing can be sent until one is given. */
    NO_ADDRESS
}

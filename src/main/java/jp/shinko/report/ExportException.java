package jp.shinko.report;

/** An export that cannot be made, with a message for users (Japanese). */
public class ExportException extends RuntimeException {

    /** Why: the plan or the fiscal year asked for is not in the database. */
    public enum Reason { UNKNOWN_PLAN, UNKNOWN_YEAR }

    private final Reason reason;

    public ExportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

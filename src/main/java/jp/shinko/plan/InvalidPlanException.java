package jp.shinko.plan;

/** Thrown when plan data would break one of the model's invariants; the message is for users. */
public class InvalidPlanException extends IllegalArgumentException {

    public InvalidPlanException(String message) {
        super(message);
    }
}

package jp.shinko.cycle;

import java.util.List;

/**
 * What a command did: done, refused because the input is invalid, the record changed meanwhile
 * (conflict), the request makes no sense in the current state, the actor may not do it, or the
 * thing does not exist. Nothing was written unless it is {@link Done}.
 */
public sealed interface Outcome {

    /**
     * The change was made (in one transaction, with its audit entries); {@code ref} names what was
     * created where the caller needs it (a new project's key), else null.
     */
    record Done(Message message, String ref) implements Outcome {
    }

    /** Field-by-field reasons; nothing was written. */
    record Invalid(List<Problem> problems) implements Outcome {
        public Invalid {
            problems = List.copyOf(problems);
        }

        public boolean hasProblem(String field) {
            return problems.stream().anyMatch(p -> p.field().equals(field));
        }
    }

    /**
     * Someone saved the record after the form was loaded: {@code mine} is what this user sent,
     * {@code current} what is stored now. Nothing was overwritten.
     */
    record Conflict(RecordForm mine, RoundRecord current) implements Outcome {
    }

    /** Not possible in the current state, e.g. the year is already published. */
    record Refused(Message reason) implements Outcome {
    }

    /** The actor's role or organizations do not allow it. */
    record Denied() implements Outcome {
    }

    /** No such plan, year, record or user. */
    record NotFound() implements Outcome {
    }

    default boolean isDone() {
        return this instanceof Done;
    }

    static Outcome done(String code, Object... args) {
        return new Done(Message.of(code, args), null);
    }

    static Outcome refused(String code, Object... args) {
        return new Refused(Message.of(code, args));
    }

    static Outcome invalid(List<Problem> problems) {
        return new Invalid(problems);
    }
}

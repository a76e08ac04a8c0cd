package jp.shinko.command;

import java.util.List;

/**
 * What a command did, in any module: done, refused because the input is invalid, the record
 * changed meanwhile (conflict), the request makes no sense in the current state, the actor may not
 * do it, or the thing does not exist. Nothing was written unless it is {@link Done}.
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
     * Someone saved the record after the form was loaded: {@code mine} is what this user sent (a form),
     * {@code current} what is stored now. Nothing was overwritten.
     */
    record Conflict<M, C>(M mine, C current) implements Outcome {
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

    public static Outcome done(String code, Object... args) {
        return new Done(Message.of(code, args), null);
    }

    public static Outcome refused(String code, Object... args) {
        return new Refused(Message.of(code, args));
    }

    public static Outcome invalid(List<Problem> problems) {
        return new Invalid(problems);
    }
}

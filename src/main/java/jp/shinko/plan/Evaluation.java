package jp.shinko.plan;

import java.util.Objects;

/** The mark a project earned for a fiscal year on its plan's {@link EvaluationScale}, e.g. ◎. */
public record Evaluation(String mark) {

    public Evaluation {
        Objects.requireNonNull(mark, "mark");
        if (mark.isBlank()) {
            throw new IllegalArgumentException("evaluation mark is blank");
        }
    }

    public static Evaluation of(String mark) {
        return new Evaluation(mark);
    }

    @Override
    public String toString() {
        return mark;
    }
}

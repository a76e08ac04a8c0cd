package jp.shinko.plan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A plan's evaluation scale: grades with the minimum achievement rate each needs, plus the mark
 * for "not run that year". The default is ◎ ≥100 %, ○ ≥70 %, △ <70 %, ― not run.
 */
public record EvaluationScale(List<Grade> grades, Grade notRun) {

    /** One mark of the scale and the achievement rate (percent) from which it is given. */
    public record Grade(String mark, BigDecimal minPercent, String label) {
    }

    public static final EvaluationScale DEFAULT = new EvaluationScale(List.of(
            new Grade("◎", BigDecimal.valueOf(100), "十分に達成された（100％以上）"),
            new Grade("○", BigDecimal.valueOf(70), "概ね達成された（70％以上）"),
            new Grade("△", BigDecimal.ZERO, "あまり達成されなかった（70％未満）")),
            new Grade("―", null, "実施事業なし"));

    public EvaluationScale {
        if (grades.isEmpty()) {
            throw new IllegalArgumentException("an evaluation scale needs at least one grade");
        }
        grades = grades.stream()
                .sorted(Comparator.comparing(Grade::minPercent).reversed())
                .toList();
    }

    /** The grade for an achievement rate: the highest grade whose minimum the rate reaches. */
    public Evaluation markFor(BigDecimal achievedPercent) {
        if (achievedPercent.signum() < 0) {
            throw new IllegalArgumentException("達成率は0以上です: " + achievedPercent);
        }
        return grades.stream()
                .filter(g -> achievedPercent.compareTo(g.minPercent()) >= 0)
                .findFirst()
                .map(g -> Evaluation.of(g.mark()))
                .orElseThrow(() -> new IllegalArgumentException("no grade for " + achievedPercent + "%"));
    }

    public boolean contains(Evaluation evaluation) {
        return grade(evaluation.mark()).isPresent();
    }

    /** The grade with this mark, including the not-run mark. */
    public Optional<Grade> grade(String mark) {
        if (notRun.mark().equals(mark)) {
            return Optional.of(notRun);
        }
        return grades.stream().filter(g -> g.mark().equals(mark)).findFirst();
    }

    /** All marks in display order: best first, not-run last. */
    public List<String> marks() {
        return java.util.stream.Stream.concat(grades.stream(), java.util.stream.Stream.of(notRun))
                .map(Grade::mark).toList();
    }
}

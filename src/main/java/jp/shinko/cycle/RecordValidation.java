package jp.shinko.cycle;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import jp.shinko.command.Problem;
import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.EvaluationScale;
import jp.shinko.plan.YearFlag;

/**
 * Reads a {@link RecordForm} into {@link RecordValues}. Saving a draft needs well-formed values
 * ({@link #read}); submitting, approving and correcting need complete ones ({@link #completeness}).
 */
public final class RecordValidation {

    static final int MAX_CONTENT = 4000;
    static final int MAX_SHORT_TEXT = 200;
    static final int MAX_NOTE = 1000;

    private RecordValidation() {
    }

    /** Whether two forms hold the same values once read: 1200 and 1,200 are the same amount. */
    public static boolean sameValues(RecordForm a, RecordForm b, EvaluationScale scale, boolean hasPreviousYear) {
        var x = read(a, scale, hasPreviousYear);
        var y = read(b, scale, hasPreviousYear);
        return x.ok() && y.ok() && x.values().equals(y.values());
    }

    /** Values, or the problems that stop the form from being read. */
    public record Reading(RecordValues values, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads the form; {@code hasPreviousYear} is false for a project without last year's record,
     * whose settlement and evaluation fields are then ignored.
     */
    public static Reading read(RecordForm form, EvaluationScale scale, boolean hasPreviousYear) {
        var problems = new ArrayList<Problem>();
        var budget = AmountText.read("budget", form.budget());
        add(problems, budget.problem());
        Amount previousSettled = null;
        Evaluation evaluation = null;
        java.math.BigDecimal rate = null;
        if (hasPreviousYear) {
            var settled = AmountText.read("previousSettled", form.previousSettled());
            add(problems, settled.problem());
            previousSettled = settled.amount().orElse(null);
            var rateReading = RateText.read("achievementRate", form.achievementRate());
            add(problems, rateReading.problem());
            rate = rateReading.rate().orElse(null);
            evaluation = evaluation(form.evaluation(), rate, scale, problems);
        }
        var content = text(form.content());
        var outlook = text(form.outlook());
        var note = text(form.expansionNote());
        checkLength(problems, "content", content, MAX_CONTENT);
        checkLength(problems, "outlook", outlook, MAX_SHORT_TEXT);
        checkLength(problems, "expansionNote", note, MAX_NOTE);
        var flags = EnumSet.noneOf(YearFlag.class);
        if (form.flagNew()) {
            flags.add(YearFlag.NEW);
        }
        if (form.flagExpanded()) {
            flags.add(YearFlag.EXPANDED);
        }
        if (form.flagPriority()) {
            flags.add(YearFlag.PRIORITY);
        }
        // "―" (not run) needs no settlement: an empty one means none.
        if (evaluation != null && evaluation.mark().equals(scale.notRun().mark()) && previousSettled == null) {
            previousSettled = Amount.none();
        }
        var values = new RecordValues(budget.amount().orElse(null), content, outlook, note, flags,
                previousSettled, evaluation, rate);
        return new Reading(values, List.copyOf(problems));
    }

    private static Evaluation evaluation(String chosen, java.math.BigDecimal rate, EvaluationScale scale,
                                         List<Problem> problems) {
        var mark = text(chosen);
        if (mark != null && scale.grade(mark).isEmpty()) {
            problems.add(Problem.of("evaluation", "evaluation.unknown", mark, String.join(" ", scale.marks())));
            return null;
        }
        if (rate == null) {
            return mark == null ? null : Evaluation.of(mark);
        }
        if (mark != null && mark.equals(scale.notRun().mark())) {
            problems.add(Problem.of("achievementRate", "evaluation.rate-with-not-run", mark));
            return Evaluation.of(mark);
        }
        var derived = scale.markFor(rate);
        if (mark != null && !mark.equals(derived.mark())) {
            problems.add(Problem.of("evaluation", "evaluation.rate-mismatch", rate.toPlainString(),
                    derived.mark(), mark));
        }
        return derived;
    }

    /** What a submission still lacks: required fields and combinations that make no sense. */
    public static List<Problem> completeness(RecordValues values, EvaluationScale scale, boolean hasPreviousYear) {
        var problems = new ArrayList<Problem>();
        if (values.budget() == null || values.budget().kind() == Amount.Kind.NOT_STATED) {
            problems.add(Problem.of("budget", "budget.required"));
        }
        if (values.content().isBlank()) {
            problems.add(Problem.of("content", "content.required"));
        }
        if (values.outlook() == null) {
            problems.add(Problem.of("outlook", "outlook.required"));
        } else if (values.outlook().startsWith("拡充") && values.expansionNote() == null) {
            problems.add(Problem.of("expansionNote", "expansion.required"));
        }
        if (hasPreviousYear) {
            var evaluation = values.previousEvaluation();
            boolean notRun = evaluation != null && evaluation.mark().equals(scale.notRun().mark());
            if (evaluation == null) {
                problems.add(Problem.of("evaluation", "evaluation.required"));
            }
            var settled = values.previousSettled();
            if (!notRun && (settled == null || settled.kind() == Amount.Kind.NOT_STATED)) {
                problems.add(Problem.of("previousSettled", "settled.required"));
            }
            if (notRun && settled != null && settled.isPresent() && settled.thousandYen() > 0) {
                problems.add(Problem.of("previousSettled", "settled.not-run", evaluation.mark()));
            }
        }
        return List.copyOf(problems);
    }

    private static void add(List<Problem> problems, Problem problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    private static void checkLength(List<Problem> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(Problem.of(field, "text.too-long", max));
        }
    }

    /** Trimmed text; null when blank. Line breaks inside are kept: content cells have several lines. */
    static String text(String typed) {
        if (typed == null) {
            return null;
        }
        var text = typed.replace("\r\n", "\n").strip();
        return text.isEmpty() ? null : text;
    }
}

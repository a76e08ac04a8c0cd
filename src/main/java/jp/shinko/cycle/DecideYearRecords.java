package jp.shinko.cycle;

import java.util.ArrayList;
import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.plan.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator approves or returns many records of a round at once, with one comment. Each
 * record goes through the same command as a decision on its own ({@link ApproveYearRecord},
 * {@link ReturnYearRecord}): checked, locked by the version the list showed, and audited as one
 * entry per record. A record that cannot be decided (changed meanwhile, not submitted,
 * incomplete) is left as it is and reported; the others are decided, in one transaction.
 */
@Service
public class DecideYearRecords {

    /** What to do with the selected records. */
    public enum Decision { APPROVE, RETURN }

    /** A record the list showed: its project key and the version it showed. */
    public record Selected(String projectKey, int version) {
    }

    /** What happened to one selected record. */
    public record Result(String projectKey, Outcome outcome) {
    }

    private final ApproveYearRecord approve;
    private final ReturnYearRecord returnRecord;

    DecideYearRecords(ApproveYearRecord approve, ReturnYearRecord returnRecord) {
        this.approve = approve;
        this.returnRecord = returnRecord;
    }

    /**
     * Decides each selected record, in the order given. Invalid as a whole (nothing written) when
     * nothing is selected, or a return has no comment; else one result per record.
     */
    @Transactional
    public Decided run(Actor actor, String planKey, FiscalYear year, Decision decision, List<Selected> selected,
                       String comment) {
        if (selected.isEmpty()) {
            return Decided.invalid(Problem.of("selected", "records.none-selected"));
        }
        var text = RecordValidation.text(comment);
        if (decision == Decision.RETURN && text == null) {
            return Decided.invalid(Problem.of("comment", "comment.required"));
        }
        if (text != null && text.length() > ReturnYearRecord.MAX_COMMENT) {
            return Decided.invalid(Problem.of("comment", "text.too-long", ReturnYearRecord.MAX_COMMENT));
        }
        var results = new ArrayList<Result>();
        for (var s : selected) {
            var outcome = decision == Decision.APPROVE
                    ? approve.run(actor, planKey, year, s.projectKey(), s.version(), text)
                    : returnRecord.run(actor, planKey, year, s.projectKey(), s.version(), text);
            results.add(new Result(s.projectKey(), outcome));
        }
        return new Decided(List.of(), results);
    }

    /** The answer: problems with the request (nothing done), or what happened to each record. */
    public record Decided(List<Problem> problems, List<Result> results) {

        public Decided {
            problems = List.copyOf(problems);
            results = List.copyOf(results);
        }

        static Decided invalid(Problem problem) {
            return new Decided(List.of(problem), List.of());
        }

        public List<Result> done() {
            return results.stream().filter(r -> r.outcome().isDone()).toList();
        }

        public List<Result> notDone() {
            return results.stream().filter(r -> !r.outcome().isDone()).toList();
        }
    }
}

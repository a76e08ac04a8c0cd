package jp.shinko.cycle;

import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.RecordStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator returns a submitted (or approved, before publication) record to its
 * organization with a comment saying what to fix.
 */
@Service
public class ReturnYearRecord {

    static final int MAX_COMMENT = 1000;

    private final RecordPipeline pipeline;

    ReturnYearRecord(RecordPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, int version, String comment) {
        var state = RecordPipeline.State.inReview("record.not-under-review", RecordStatus.SUBMITTED,
                RecordStatus.APPROVED);
        return pipeline.run(actor, CycleAction.RETURN_RECORD, planKey, year, projectKey, state, step -> {
            var record = step.record();
            var text = RecordValidation.text(comment);
            if (text == null) {
                return Outcome.invalid(List.of(Problem.of("comment", "comment.required")));
            }
            if (text.length() > MAX_COMMENT) {
                return Outcome.invalid(List.of(Problem.of("comment", "text.too-long", MAX_COMMENT)));
            }
            if (version != record.version() || !step.records().decide(record, version, RecordStatus.RETURNED, text,
                    actor.username(), step.now())) {
                return Outcome.refused("record.changed");
            }
            step.audit().change(step.scope("RETURN_RECORD").withReason(text), "status", record.status().name(),
                    RecordStatus.RETURNED.name());
            return Outcome.done("record.returned");
        });
    }
}

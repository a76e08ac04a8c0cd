package jp.shinko.cycle;

import jp.shinko.audit.Actor;
import jp.shinko.command.Outcome;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.RecordStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator approves a submitted record; it waits, unchanged, for the year's publication. */
@Service
public class ApproveYearRecord {

    private final RecordPipeline pipeline;
    private final PlanFacts facts;

    ApproveYearRecord(RecordPipeline pipeline, PlanFacts facts) {
        this.pipeline = pipeline;
        this.facts = facts;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, int version) {
        return run(actor, planKey, year, projectKey, version, null);
    }

    /** Approves with a comment, kept as the audit entry's reason (a decision on many records at once). */
    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, int version,
                       String comment) {
        var reason = RecordValidation.text(comment);
        var state = RecordPipeline.State.inReview("record.not-submitted", RecordStatus.SUBMITTED);
        return pipeline.run(actor, CycleAction.APPROVE_RECORD, planKey, year, projectKey, state, step -> {
            var record = step.record();
            // A record submitted before a rule changed, or by hand in the database, is checked again.
            var missing = RecordValidation.completeness(record.values(), facts.scale(planKey),
                    record.hasPreviousYear());
            if (!missing.isEmpty()) {
                return Outcome.invalid(missing);
            }
            if (version != record.version() || !step.records().decide(record, version, RecordStatus.APPROVED, null,
                    actor.username(), step.now())) {
                return Outcome.refused("record.changed");
            }
            var scope = step.scope("APPROVE_RECORD");
            step.audit().change(reason == null ? scope : scope.withReason(reason), "status", record.status().name(),
                    RecordStatus.APPROVED.name());
            return Outcome.done("record.approved");
        });
    }
}

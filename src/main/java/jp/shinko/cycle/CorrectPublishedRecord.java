package jp.shinko.cycle;

import java.util.ArrayList;
import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.plan.FiscalYear;
import jp.shinko.store.PublishedPlanChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator corrects a record of a published year: a new revision with a reason, the
 * changed fields in the audit trail under that revision number, and last year's record updated
 * when the correction is to last year's settlement or evaluation.
 */
@Service
public class CorrectPublishedRecord {

    private final RecordPipeline pipeline;
    private final PlanFacts facts;
    private final PreviousYearRepository previousYears;
    private final RevisionRepository revisions;
    private final ApplicationEventPublisher events;

    CorrectPublishedRecord(RecordPipeline pipeline, PlanFacts facts, PreviousYearRepository previousYears,
                           RevisionRepository revisions, ApplicationEventPublisher events) {
        this.pipeline = pipeline;
        this.facts = facts;
        this.previousYears = previousYears;
        this.revisions = revisions;
        this.events = events;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, RecordForm form) {
        var state = RecordPipeline.State.PUBLISHED;
        return pipeline.run(actor, CycleAction.CORRECT_PUBLISHED, planKey, year, projectKey, state, step -> {
            var record = step.record();
            if (form.version() == null || form.version() != record.version()) {
                return new Outcome.Conflict<>(form, record);
            }
            var scale = facts.scale(planKey);
            var reading = RecordValidation.read(form, scale, record.hasPreviousYear());
            var problems = new ArrayList<>(reading.problems());
            if (reading.ok()) {
                problems.addAll(RecordValidation.completeness(reading.values(), scale, record.hasPreviousYear()));
            }
            var reason = RecordValidation.text(form.reason());
            if (reason == null) {
                problems.add(Problem.of("reason", "reason.required"));
            }
            if (!problems.isEmpty()) {
                return Outcome.invalid(problems);
            }
            if (reading.values().equals(record.values())) {
                return Outcome.invalid(List.of(Problem.of("reason", "correction.no-change")));
            }
            if (!step.save(form.version(), reading.values())) {
                return new Outcome.Conflict<>(form, step.current());
            }
            if (record.hasPreviousYear()) {
                var last = previousYears.of(record).orElseThrow();
                previousYears.apply(last.id(), reading.values().previousSettled(),
                        reading.values().previousEvaluation());
            }
            int revision = revisions.add(record.id(), reason, actor.username(), step.now());
            var scope = step.scope("CORRECT_RECORD").withReason(reason).withRevision(revision);
            RecordChanges.record(step.audit(), scope, record.values(), reading.values());
            events.publishEvent(new PublishedPlanChanged(planKey));
            return Outcome.done("record.corrected", revision);
        });
    }
}

package jp.shinko.cycle;

import jp.shinko.audit.Actor;
import jp.shinko.command.Outcome;
import jp.shinko.plan.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor saves a draft (or returned) record: the values must be well-formed but may be
 * incomplete. A form loaded before someone else's save is a conflict, and nothing is overwritten.
 */
@Service
public class UpdateYearRecord {

    private final RecordPipeline pipeline;
    private final PlanFacts facts;

    UpdateYearRecord(RecordPipeline pipeline, PlanFacts facts) {
        this.pipeline = pipeline;
        this.facts = facts;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, RecordForm form) {
        var state = RecordPipeline.State.EDITABLE;
        return pipeline.run(actor, CycleAction.UPDATE_RECORD, planKey, year, projectKey, state, step -> {
            var record = step.record();
            if (form.version() == null || form.version() != record.version()) {
                return new Outcome.Conflict<>(form, record);
            }
            var reading = RecordValidation.read(form, facts.scale(planKey), record.hasPreviousYear());
            if (!reading.ok()) {
                return Outcome.invalid(reading.problems());
            }
            if (!step.save(form.version(), reading.values())) {
                return new Outcome.Conflict<>(form, step.current());
            }
            RecordChanges.record(step.audit(), step.scope("UPDATE_RECORD"), record.values(), reading.values());
            return Outcome.done("record.saved");
        });
    }
}

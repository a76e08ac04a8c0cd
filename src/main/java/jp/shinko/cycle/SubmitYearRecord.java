package jp.shinko.cycle;

import jp.shinko.audit.Actor;
import jp.shinko.checks.Severity;
import jp.shinko.command.Outcome;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.RecordStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor submits a record for review, saving the form's values first: all in one transaction,
 * and only if the values are complete (budget, content, outlook, last year's settlement and
 * evaluation) and break no consistency rule set to error; otherwise nothing is written and the
 * problems are listed.
 */
@Service
public class SubmitYearRecord {

    private final RecordPipeline pipeline;
    private final PlanFacts facts;
    private final RoundChecks checks;

    SubmitYearRecord(RecordPipeline pipeline, PlanFacts facts, RoundChecks checks) {
        this.pipeline = pipeline;
        this.facts = facts;
        this.checks = checks;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, RecordForm form) {
        var state = RecordPipeline.State.EDITABLE;
        return pipeline.run(actor, CycleAction.SUBMIT_RECORD, planKey, year, projectKey, state, step -> {
            var record = step.record();
            if (form.version() == null || form.version() != record.version()) {
                return new Outcome.Conflict<>(form, record);
            }
            var scale = facts.scale(planKey);
            var reading = RecordValidation.read(form, scale, record.hasPreviousYear());
            if (!reading.ok()) {
                return Outcome.invalid(reading.problems());
            }
            var missing = RecordValidation.completeness(reading.values(), scale, record.hasPreviousYear());
            if (!missing.isEmpty()) {
                return Outcome.invalid(missing);
            }
            var errors = checks.of(record, reading.values()).stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                return Outcome.invalid(RoundChecks.problems(errors));
            }
            int version = record.version();
            var scope = step.scope("SUBMIT_RECORD");
            if (!reading.values().equals(record.values())) {
                if (!step.save(version, reading.values())) {
                    return new Outcome.Conflict<>(form, step.current());
                }
                RecordChanges.record(step.audit(), scope, record.values(), reading.values());
                version++;
            }
            if (!step.records().submit(record, version, actor.username(), step.now())) {
                return new Outcome.Conflict<>(form, step.current());
            }
            step.audit().change(scope, "status", record.status().name(), RecordStatus.SUBMITTED.name());
            return Outcome.done("record.submitted");
        });
    }
}

package jp.shinko.cycle;

import java.time.Clock;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.RecordStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor submits a record for review, saving the form's values first: all in one transaction,
 * and only if the values are complete (budget, content, outlook, last year's settlement and
 * evaluation); otherwise nothing is written and the problems are listed.
 */
@Service
public class SubmitYearRecord {

    private final RecordAccess access;
    private final PlanFacts facts;
    private final RoundRecordRepository records;
    private final AuditTrail audit;
    private final Clock clock;

    SubmitYearRecord(RecordAccess access, PlanFacts facts, RoundRecordRepository records, AuditTrail audit,
                     Clock clock) {
        this.access = access;
        this.facts = facts;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, RecordForm form) {
        var lookup = access.findEditable(actor, CycleAction.SUBMIT_RECORD, planKey, year, projectKey);
        if (lookup.failed()) {
            return lookup.failure();
        }
        var record = lookup.record();
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
        var now = clock.instant();
        int version = record.version();
        var scope = AuditTrail.Scope.of(actor.username(), now, "SUBMIT_RECORD", planKey, year, projectKey);
        if (!reading.values().equals(record.values())) {
            if (!records.update(record, version, reading.values(), actor.username(), now)) {
                return new Outcome.Conflict<>(form, records.find(record.round().id(), projectKey).orElseThrow());
            }
            RecordChanges.record(audit, scope, record.values(), reading.values());
            version++;
        }
        if (!records.submit(record, version, actor.username(), now)) {
            return new Outcome.Conflict<>(form, records.find(record.round().id(), projectKey).orElseThrow());
        }
        audit.change(scope, "status", record.status().name(), RecordStatus.SUBMITTED.name());
        return Outcome.done("record.submitted");
    }
}

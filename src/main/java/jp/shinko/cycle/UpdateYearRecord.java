package jp.shinko.cycle;

import java.time.Clock;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
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

    private final RecordAccess access;
    private final PlanFacts facts;
    private final RoundRecordRepository records;
    private final AuditTrail audit;
    private final Clock clock;

    UpdateYearRecord(RecordAccess access, PlanFacts facts, RoundRecordRepository records, AuditTrail audit,
                     Clock clock) {
        this.access = access;
        this.facts = facts;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, RecordForm form) {
        var lookup = access.findEditable(actor, CycleAction.UPDATE_RECORD, planKey, year, projectKey);
        if (lookup.failed()) {
            return lookup.failure();
        }
        var record = lookup.record();
        if (form.version() == null || form.version() != record.version()) {
            return new Outcome.Conflict<>(form, record);
        }
        var reading = RecordValidation.read(form, facts.scale(planKey), record.hasPreviousYear());
        if (!reading.ok()) {
            return Outcome.invalid(reading.problems());
        }
        var now = clock.instant();
        if (!records.update(record, form.version(), reading.values(), actor.username(), now)) {
            return new Outcome.Conflict<>(form, records.find(record.round().id(), projectKey).orElseThrow());
        }
        RecordChanges.record(audit, AuditTrail.Scope.of(actor.username(), now, "UPDATE_RECORD", planKey, year, projectKey),
                record.values(), reading.values());
        return Outcome.done("record.saved");
    }
}

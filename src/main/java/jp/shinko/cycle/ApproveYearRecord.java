package jp.shinko.cycle;

import java.time.Clock;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.RecordStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator approves a submitted record; it waits, unchanged, for the year's publication. */
@Service
public class ApproveYearRecord {

    private final RecordAccess access;
    private final PlanFacts facts;
    private final RoundRecordRepository records;
    private final AuditTrail audit;
    private final Clock clock;

    ApproveYearRecord(RecordAccess access, PlanFacts facts, RoundRecordRepository records, AuditTrail audit,
                      Clock clock) {
        this.access = access;
        this.facts = facts;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, int version) {
        var lookup = access.find(actor, CycleAction.APPROVE_RECORD, planKey, year, projectKey);
        if (lookup.failed()) {
            return lookup.failure();
        }
        var record = lookup.record();
        if (record.round().isPublished()) {
            return Outcome.refused("year.published", year.year());
        }
        if (record.status() != RecordStatus.SUBMITTED) {
            return Outcome.refused("record.not-submitted", record.status().name());
        }
        // A record submitted before a rule changed, or by hand in the database, is checked again.
        var missing = RecordValidation.completeness(record.values(), facts.scale(planKey), record.hasPreviousYear());
        if (!missing.isEmpty()) {
            return Outcome.invalid(missing);
        }
        var now = clock.instant();
        if (version != record.version()
                || !records.decide(record, version, RecordStatus.APPROVED, null, actor.username(), now)) {
            return Outcome.refused("record.changed");
        }
        audit.change(AuditTrail.Scope.of(actor.username(), now, "APPROVE_RECORD", planKey, year, projectKey),
                "status", record.status().name(), RecordStatus.APPROVED.name());
        return Outcome.done("record.approved");
    }
}

package jp.shinko.cycle;

import java.time.Clock;
import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
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

    private final RecordAccess access;
    private final RoundRecordRepository records;
    private final AuditTrail audit;
    private final Clock clock;

    ReturnYearRecord(RecordAccess access, RoundRecordRepository records, AuditTrail audit, Clock clock) {
        this.access = access;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, int version, String comment) {
        var lookup = access.find(actor, CycleAction.RETURN_RECORD, planKey, year, projectKey);
        if (lookup.failed()) {
            return lookup.failure();
        }
        var record = lookup.record();
        if (record.round().isPublished()) {
            return Outcome.refused("year.published", year.year());
        }
        if (record.status() != RecordStatus.SUBMITTED && record.status() != RecordStatus.APPROVED) {
            return Outcome.refused("record.not-under-review", record.status().name());
        }
        var text = RecordValidation.text(comment);
        if (text == null) {
            return Outcome.invalid(List.of(Problem.of("comment", "comment.required")));
        }
        if (text.length() > MAX_COMMENT) {
            return Outcome.invalid(List.of(Problem.of("comment", "text.too-long", MAX_COMMENT)));
        }
        var now = clock.instant();
        if (version != record.version()
                || !records.decide(record, version, RecordStatus.RETURNED, text, actor.username(), now)) {
            return Outcome.refused("record.changed");
        }
        audit.change(AuditTrail.Scope.of(actor.username(), now, "RETURN_RECORD", planKey, year, projectKey)
                .withReason(text), "status", record.status().name(), RecordStatus.RETURNED.name());
        return Outcome.done("record.returned");
    }
}

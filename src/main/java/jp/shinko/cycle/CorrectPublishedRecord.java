package jp.shinko.cycle;

import java.time.Clock;
import java.util.ArrayList;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
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

    private final RecordAccess access;
    private final PlanFacts facts;
    private final RoundRecordRepository records;
    private final PreviousYearRepository previousYears;
    private final RevisionRepository revisions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CorrectPublishedRecord(RecordAccess access, PlanFacts facts, RoundRecordRepository records,
                           PreviousYearRepository previousYears, RevisionRepository revisions, AuditTrail audit,
                           Clock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.facts = facts;
        this.records = records;
        this.previousYears = previousYears;
        this.revisions = revisions;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, RecordForm form) {
        var lookup = access.find(actor, CycleAction.CORRECT_PUBLISHED, planKey, year, projectKey);
        if (lookup.failed()) {
            return lookup.failure();
        }
        var record = lookup.record();
        if (!record.round().isPublished()) {
            return Outcome.refused("year.not-published", year.year());
        }
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
            return Outcome.invalid(java.util.List.of(Problem.of("reason", "correction.no-change")));
        }
        var now = clock.instant();
        if (!records.update(record, form.version(), reading.values(), actor.username(), now)) {
            return new Outcome.Conflict<>(form, records.find(record.round().id(), projectKey).orElseThrow());
        }
        if (record.hasPreviousYear()) {
            var last = previousYears.of(record).orElseThrow();
            previousYears.apply(last.id(), reading.values().previousSettled(),
                    reading.values().previousEvaluation());
        }
        int revision = revisions.add(record.id(), reason, actor.username(), now);
        var scope = AuditTrail.Scope.of(actor.username(), now, "CORRECT_RECORD", planKey, year, projectKey)
                .withReason(reason).withRevision(revision);
        RecordChanges.record(audit, scope, record.values(), reading.values());
        events.publishEvent(new PublishedPlanChanged(planKey));
        return Outcome.done("record.corrected", revision);
    }
}

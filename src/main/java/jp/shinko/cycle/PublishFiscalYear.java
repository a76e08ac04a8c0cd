package jp.shinko.cycle;

import java.time.Clock;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.checks.Severity;
import jp.shinko.command.Outcome;
import jp.shinko.plan.FiscalYear;
import jp.shinko.store.ProjectEdits;
import jp.shinko.store.PublishedPlanChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator publishes a year once every record is approved: last year's settlements and
 * evaluations reported in the round are written into last year's records, the renames and ends
 * decided in the round are applied to their projects, and the year is frozen. The checks report
 * the coordinator confirmed is audited with its counts.
 * Later changes are corrections ({@link CorrectPublishedRecord}).
 */
@Service
public class PublishFiscalYear {

    private final RoundRepository rounds;
    private final RoundRecordRepository records;
    private final ProjectEdits projects;
    private final PreviousYearRepository previousYears;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final RoundChecks checks;

    PublishFiscalYear(RoundRepository rounds, RoundRecordRepository records, ProjectEdits projects,
                      PreviousYearRepository previousYears, AuditTrail audit, Clock clock,
                      ApplicationEventPublisher events, RoundChecks checks) {
        this.rounds = rounds;
        this.records = records;
        this.projects = projects;
        this.previousYears = previousYears;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.checks = checks;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year) {
        if (!CyclePermissions.allows(actor, CycleAction.PUBLISH_YEAR, planKey, null)) {
            return new Outcome.Denied();
        }
        var round = rounds.lock(planKey, year);
        if (round.isEmpty()) {
            return new Outcome.NotFound();
        }
        if (round.get().isPublished()) {
            return Outcome.refused("year.published", year.year());
        }
        int pending = records.pendingCounts(round.get().id()).values().stream().mapToInt(Integer::intValue).sum();
        if (pending > 0) {
            return Outcome.refused("year.not-all-approved", pending);
        }
        // What the coordinator confirmed having read, as the report stood at publication.
        var findings = checks.report(planKey, year).orElseThrow();
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        var now = clock.instant();
        var all = records.list(round.get().id());
        for (var record : all) {
            if (!record.hasPreviousYear()) {
                continue;
            }
            var last = previousYears.of(record).orElseThrow();
            previousYears.apply(last.id(), record.previousSettled(), record.previousEvaluation());
            var scope = AuditTrail.Scope.of(actor.username(), now, "PUBLISH_YEAR", planKey, year, record.projectKey());
            audit.change(scope, "previousSettled", AmountFormat.of(last.settled()),
                    AmountFormat.of(record.previousSettled()));
            audit.change(scope, "evaluation", last.evaluation() == null ? "" : last.evaluation().mark(),
                    record.previousEvaluation() == null ? "" : record.previousEvaluation().mark());
        }
        for (var change : records.projectChanges(round.get().id())) {
            if (change.newName() != null) {
                projects.rename(change.projectId(), change.name(), change.newName());
            }
            if (change.newPeriodEnd() != null) {
                projects.end(change.projectId(), change.newPeriodEnd());
            }
        }
        rounds.publish(round.get().id(), actor.username(), now);
        var scope = AuditTrail.Scope.of(actor.username(), now, "PUBLISH_YEAR", planKey, year, null);
        audit.change(scope, "records", null, String.valueOf(all.size()));
        audit.change(scope, "findings", null, "errors=" + errors + " warnings=" + (findings.size() - errors));
        events.publishEvent(new PublishedPlanChanged(planKey));
        return Outcome.done("year.published-now", year.year(), all.size());
    }
}

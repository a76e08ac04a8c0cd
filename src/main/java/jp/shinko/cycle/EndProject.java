package jp.shinko.cycle;

import java.time.Clock;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import jp.shinko.store.ProjectEdits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks a project ended: either this year is its last (outlook 事業終了, so the next round does not
 * carry it), or it already ended last year and is not run this year (no budget). Either way the
 * record still reports last year's settlement and evaluation.
 */
@Service
public class EndProject {

    /** The outlook that keeps a project out of the next round. */
    public static final String ENDED = "事業終了";

    private final RecordAccess access;
    private final PlanFacts facts;
    private final RoundRecordRepository records;
    private final ProjectEdits projects;
    private final AuditTrail audit;
    private final Clock clock;

    EndProject(RecordAccess access, PlanFacts facts, RoundRecordRepository records, ProjectEdits projects,
               AuditTrail audit, Clock clock) {
        this.access = access;
        this.facts = facts;
        this.records = records;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param endedLastYear true: not run in the round's year at all; false: the round's year is the last */
    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, int version,
                       boolean endedLastYear) {
        var lookup = access.findEditable(actor, CycleAction.END_PROJECT, planKey, year, projectKey);
        if (lookup.failed()) {
            return lookup.failure();
        }
        var record = lookup.record();
        var project = facts.project(planKey, projectKey).orElseThrow();
        var last = endedLastYear ? year.previous() : year;
        var start = projects.periodStart(project.id());
        if (start.isPresent() && start.get() > last.year()) {
            return Outcome.refused("project.starts-later", start.get());
        }
        var before = record.values();
        var after = endedLastYear
                ? new RecordValues(Amount.none(), "（" + JapaneseYearFormat.japanese(last) + "で事業終了）", ENDED, null,
                        before.flags(), before.previousSettled(), before.previousEvaluation(), before.achievementRate())
                : new RecordValues(before.budget(), before.content(), ENDED, null, before.flags(),
                        before.previousSettled(), before.previousEvaluation(), before.achievementRate());
        var now = clock.instant();
        if (version != record.version() || !records.update(record, version, after, actor.username(), now)) {
            return Outcome.refused("record.changed");
        }
        Integer endBefore = projects.periodEnd(project.id());
        records.endPeriod(record, last);
        var scope = AuditTrail.Scope.of(actor.username(), now, "END_PROJECT", planKey, year, projectKey);
        audit.change(scope, "periodEnd", endBefore == null ? "" : String.valueOf(endBefore), String.valueOf(last.year()));
        RecordChanges.record(audit, scope, before, after);
        return Outcome.done("project.ended", last.year());
    }
}

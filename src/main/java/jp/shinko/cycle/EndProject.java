package jp.shinko.cycle;

import jp.shinko.audit.Actor;
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

    private final RecordPipeline pipeline;
    private final PlanFacts facts;
    private final ProjectEdits projects;

    EndProject(RecordPipeline pipeline, PlanFacts facts, ProjectEdits projects) {
        this.pipeline = pipeline;
        this.facts = facts;
        this.projects = projects;
    }

    /** @param endedLastYear true: not run in the round's year at all; false: the round's year is the last */
    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, int version,
                       boolean endedLastYear) {
        var state = RecordPipeline.State.EDITABLE;
        return pipeline.run(actor, CycleAction.END_PROJECT, planKey, year, projectKey, state, step -> {
            var record = step.record();
            var project = facts.project(planKey, projectKey).orElseThrow();
            var last = endedLastYear ? year.previous() : year;
            var start = projects.periodStart(project.id());
            if (start.isPresent() && start.get() > last.year()) {
                return Outcome.refused("project.starts-later", start.get());
            }
            var before = record.values();
            var after = endedLastYear
                    ? new RecordValues(Amount.none(), "（" + JapaneseYearFormat.japanese(last) + "で事業終了）", ENDED,
                            null, before.flags(), before.previousSettled(), before.previousEvaluation(),
                            before.achievementRate())
                    : new RecordValues(before.budget(), before.content(), ENDED, null, before.flags(),
                            before.previousSettled(), before.previousEvaluation(), before.achievementRate());
            if (!step.save(version, after)) {
                return Outcome.refused("record.changed");
            }
            Integer endBefore = projects.periodEnd(project.id());
            step.records().endPeriod(record, last);
            var scope = step.scope("END_PROJECT");
            step.audit().change(scope, "periodEnd", endBefore == null ? "" : String.valueOf(endBefore),
                    String.valueOf(last.year()));
            RecordChanges.record(step.audit(), scope, before, after);
            return Outcome.done("project.ended", last.year());
        });
    }
}

package jp.shinko.cycle;

import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import jp.shinko.store.ProjectEdits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a project is, from the round's year on, run as part of another project
 * (「別の事業と統合して実施」): no budget of its own, outlook 事業終了, the other project named,
 * and last year as its last year of its own.
 */
@Service
public class MergeProject {

    private final RecordPipeline pipeline;
    private final PlanFacts facts;
    private final ProjectEdits projects;

    MergeProject(RecordPipeline pipeline, PlanFacts facts, ProjectEdits projects) {
        this.pipeline = pipeline;
        this.facts = facts;
        this.projects = projects;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, int version, String intoKey) {
        var state = RecordPipeline.State.EDITABLE;
        return pipeline.run(actor, CycleAction.MERGE_PROJECT, planKey, year, projectKey, state, step -> {
            var record = step.record();
            var into = intoKey == null ? null : facts.project(planKey, intoKey.strip()).orElse(null);
            if (into == null || into.key().equals(projectKey)) {
                return Outcome.invalid(List.of(Problem.of("into", "merge.target-unknown")));
            }
            var project = facts.project(planKey, projectKey).orElseThrow();
            var start = projects.periodStart(project.id());
            if (start.isPresent() && start.get() > year.previous().year()) {
                return Outcome.refused("project.starts-later", start.get());
            }
            var before = record.values();
            var after = new RecordValues(Amount.none(), "「" + into.name() + "」と統合して実施", EndProject.ENDED, null,
                    before.flags(), before.previousSettled(), before.previousEvaluation(), before.achievementRate());
            if (!step.save(version, after)) {
                return Outcome.refused("record.changed");
            }
            step.records().markMerged(record, into.key());
            Integer endBefore = projects.periodEnd(project.id());
            step.records().endPeriod(record, year.previous());
            var scope = step.scope("MERGE_PROJECT");
            step.audit().change(scope, "mergedInto", null, into.key());
            step.audit().change(scope, "periodEnd", endBefore == null ? "" : String.valueOf(endBefore),
                    String.valueOf(year.previous().year()));
            RecordChanges.record(step.audit(), scope, before, after);
            return Outcome.done("project.merged", into.name());
        });
    }
}

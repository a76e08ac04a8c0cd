package jp.shinko.cycle;

import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.plan.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renames a project during the round: the round's record carries the new name, and the project
 * takes it, keeping the old one as a former name, when the year is published.
 */
@Service
public class RenameProject {

    private final RecordPipeline pipeline;
    private final PlanFacts facts;

    RenameProject(RecordPipeline pipeline, PlanFacts facts) {
        this.pipeline = pipeline;
        this.facts = facts;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, String newName) {
        var state = RecordPipeline.State.EDITABLE;
        return pipeline.run(actor, CycleAction.RENAME_PROJECT, planKey, year, projectKey, state, step -> {
            var record = step.record();
            var name = RecordValidation.text(newName);
            if (name == null) {
                return Outcome.invalid(List.of(Problem.of("name", "name.required")));
            }
            if (name.length() > RegisterProject.MAX_NAME) {
                return Outcome.invalid(List.of(Problem.of("name", "text.too-long", RegisterProject.MAX_NAME)));
            }
            if (name.equals(record.projectName())) {
                return Outcome.invalid(List.of(Problem.of("name", "name.unchanged")));
            }
            if (facts.projects(planKey).stream().anyMatch(p -> p.name().equals(name) && !p.key().equals(projectKey))
                    || step.records().pendingNames(record.round().id(), record.id()).contains(name)) {
                return Outcome.invalid(List.of(Problem.of("name", "name.duplicate", name)));
            }
            var published = facts.project(planKey, projectKey).orElseThrow().name();
            step.records().rename(record, name.equals(published) ? null : name);
            step.audit().change(step.scope("RENAME_PROJECT"), "name", record.projectName(), name);
            return Outcome.done("project.renamed", record.projectName(), name);
        });
    }
}

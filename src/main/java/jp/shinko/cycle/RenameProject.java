package jp.shinko.cycle;

import java.time.Clock;
import java.util.List;
import jp.shinko.plan.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Renames a project during the round; the former name is kept (as Project.renamedTo does). */
@Service
public class RenameProject {

    private final RecordAccess access;
    private final PlanFacts facts;
    private final RoundProjectRepository projects;
    private final AuditTrail audit;
    private final Clock clock;

    RenameProject(RecordAccess access, PlanFacts facts, RoundProjectRepository projects, AuditTrail audit,
                  Clock clock) {
        this.access = access;
        this.facts = facts;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, String projectKey, String newName) {
        var lookup = access.find(actor, CycleAction.RENAME_PROJECT, planKey, year, projectKey);
        if (lookup.failed()) {
            return lookup.failure();
        }
        var record = lookup.record();
        var refused = RecordAccess.refuseUnlessEditable(record);
        if (refused != null) {
            return refused;
        }
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
        if (facts.projects(planKey).stream().anyMatch(p -> p.name().equals(name))) {
            return Outcome.invalid(List.of(Problem.of("name", "name.duplicate", name)));
        }
        var project = facts.project(planKey, projectKey).orElseThrow();
        projects.rename(project.id(), project.name(), name);
        audit.change(AuditTrail.Scope.of(actor.username(), clock.instant(), "RENAME_PROJECT", planKey, year,
                projectKey), "name", project.name(), name);
        return Outcome.done("project.renamed", project.name(), name);
    }
}

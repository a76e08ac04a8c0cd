package jp.shinko.cycle;

import java.time.Clock;
import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.plan.OrganizationKind;
import jp.shinko.store.ProjectEdits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator adds an organization to a plan (a new department or outside body), so that
 * editors can belong to it and projects can be registered for it.
 */
@Service
public class AddOrganization {

    private final ProjectEdits edits;
    private final PlanFacts facts;
    private final AuditTrail audit;
    private final Clock clock;

    AddOrganization(ProjectEdits edits, PlanFacts facts, AuditTrail audit, Clock clock) {
        this.edits = edits;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, String name, OrganizationKind kind) {
        if (!CyclePermissions.allows(actor, CycleAction.MANAGE_USERS, planKey, null)) {
            return new Outcome.Denied();
        }
        var planId = facts.planId(planKey);
        if (planId.isEmpty()) {
            return new Outcome.NotFound();
        }
        var text = RecordValidation.text(name);
        if (text == null) {
            return Outcome.invalid(List.of(Problem.of("name", "name.required")));
        }
        if (text.length() > RegisterProject.MAX_NAME) {
            return Outcome.invalid(List.of(Problem.of("name", "text.too-long", RegisterProject.MAX_NAME)));
        }
        if (kind == null) {
            return Outcome.invalid(List.of(Problem.of("kind", "kind.required")));
        }
        if (facts.organization(planKey, text).isPresent()) {
            return Outcome.invalid(List.of(Problem.of("name", "organization.exists", text)));
        }
        edits.addOrganization(planId.get(), text, kind);
        audit.change(AuditTrail.Scope.of(actor.username(), clock.instant(), "ADD_ORGANIZATION", planKey, null, null)
                .withSubject(text), "kind", null, kind.name());
        return Outcome.done("organization.added", text);
    }
}

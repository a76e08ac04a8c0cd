package jp.shinko.cycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Set;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Message;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.OrganizationKind;
import jp.shinko.plan.YearFlag;
import jp.shinko.store.ProjectEdits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor (for its own organization) or the coordinator registers a project that starts in the
 * round's year: the project, its place in the policy tree, and a draft record flagged 新規.
 */
@Service
public class RegisterProject {

    static final int MAX_NAME = 200;

    private final PlanFacts facts;
    private final RoundRepository rounds;
    private final RoundRecordRepository records;
    private final ProjectEdits projects;
    private final AuditTrail audit;
    private final Clock clock;

    RegisterProject(PlanFacts facts, RoundRepository rounds, RoundRecordRepository records,
                    ProjectEdits projects, AuditTrail audit, Clock clock) {
        this.facts = facts;
        this.rounds = rounds;
        this.records = records;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year, NewProject form) {
        if (!CyclePermissions.allows(actor, CycleAction.REGISTER_PROJECT, planKey, null)) {
            return new Outcome.Denied();
        }
        var round = rounds.find(planKey, year);
        var planId = facts.planId(planKey);
        if (round.isEmpty() || planId.isEmpty()) {
            return new Outcome.NotFound();
        }
        if (!round.get().isOpen()) {
            return Outcome.refused("year.published", year.year());
        }
        var name = RecordValidation.text(form.name());
        var organization = RecordValidation.text(form.organization());
        var node = RecordValidation.text(form.node());
        var problems = new ArrayList<Problem>();
        if (name == null) {
            problems.add(Problem.of("name", "name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(Problem.of("name", "text.too-long", MAX_NAME));
        } else if (facts.projects(planKey).stream().anyMatch(p -> p.name().equals(name))) {
            problems.add(Problem.of("name", "name.duplicate", name));
        }
        var organizationRow = organization == null ? null : facts.organization(planKey, organization).orElse(null);
        if (organizationRow == null) {
            problems.add(Problem.of("organization", "organization.unknown"));
        }
        var nodeId = node == null ? null : projects.nodeId(planId.get(), node).orElse(null);
        if (nodeId == null) {
            problems.add(Problem.of("node", "node.unknown"));
        }
        var summary = RecordValidation.text(form.summary());
        if (summary != null && summary.length() > RecordValidation.MAX_CONTENT) {
            problems.add(Problem.of("summary", "text.too-long", RecordValidation.MAX_CONTENT));
        }
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        if (!CyclePermissions.allows(actor, CycleAction.REGISTER_PROJECT, planKey, organization)) {
            return new Outcome.Denied();
        }
        var key = projects.freeKey(planId.get(), year);
        long projectId = projects.insert(planId.get(), key, name, summary,
                projects.organizationId(planId.get(), organization).orElseThrow(),
                organizationRow.kind() == OrganizationKind.CITY_DEPARTMENT, nodeId, year,
                JapaneseYearFormat.abbreviated(year) + "年度～");
        records.insertDraft(round.get(), projectId, records.nextOrd(planId.get()),
                new RoundRecordRepository.Draft(organization, CarryNote.NEW_PROJECT, Amount.notStated(), "", null,
                        Set.of(YearFlag.NEW), null, null));
        var scope = AuditTrail.Scope.of(actor.username(), clock.instant(), "REGISTER_PROJECT", planKey, year, key);
        audit.change(scope, "name", null, name);
        audit.change(scope, "organization", null, organization);
        audit.change(scope, "node", null, node);
        return new Outcome.Done(Message.of("project.registered", name), key);
    }
}

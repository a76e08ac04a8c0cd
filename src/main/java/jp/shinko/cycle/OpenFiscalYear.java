package jp.shinko.cycle;

import java.time.Clock;
import java.util.HashMap;
import java.util.Set;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Project;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;
import jp.shinko.store.PlanRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator opens fiscal year N of a plan: a draft record appears for every project whose
 * FY N-1 outlook continues it (継続予定, 拡充, 一部継続予定 ...; not 事業終了), flagged where the
 * outlook was 未定, missing or unusual, and assigned to its implementer (else its first department).
 */
@Service
public class OpenFiscalYear {

    /** The organization of a project that names neither implementer nor department: only coordinators edit it. */
    public static final String UNASSIGNED = "（担当未設定）";

    private final PlanRepository plans;
    private final PlanFacts facts;
    private final RoundRepository rounds;
    private final RoundRecordRepository records;
    private final AuditTrail audit;
    private final Clock clock;

    OpenFiscalYear(PlanRepository plans, PlanFacts facts, RoundRepository rounds, RoundRecordRepository records,
                   AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.facts = facts;
        this.rounds = rounds;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, FiscalYear year) {
        if (!CyclePermissions.allows(actor, CycleAction.OPEN_YEAR, planKey, null)) {
            return new Outcome.Denied();
        }
        var planId = facts.planId(planKey);
        if (planId.isEmpty()) {
            return new Outcome.NotFound();
        }
        if (rounds.find(planKey, year).isPresent()) {
            return Outcome.refused("year.already-open", year.year());
        }
        var previousRound = rounds.find(planKey, year.previous());
        if (previousRound.isPresent() && !previousRound.get().isPublished()) {
            return Outcome.refused("year.previous-not-published", year.previous().year());
        }
        var content = plans.loadIncludingDrafts(planKey).orElseThrow();
        if (content.years().contains(year)) {
            return Outcome.refused("year.has-records", year.year());
        }
        var previous = content.yearRecords().stream().filter(r -> r.year().equals(year.previous())).toList();
        if (previous.isEmpty()) {
            return Outcome.refused("year.no-previous", year.previous().year());
        }
        var now = clock.instant();
        Round round;
        try {
            round = rounds.open(planKey, year, actor.username(), now);
        } catch (DuplicateKeyException e) {
            return Outcome.refused("year.already-open", year.year());
        }
        var projectIds = new HashMap<String, Long>();
        facts.projects(planKey).forEach(p -> projectIds.put(p.key(), p.id()));
        var projects = content.projectsByKey();
        int ord = records.nextOrd(planId.get());
        int opened = 0;
        int flagged = 0;
        for (var last : previous) {
            var outlook = Outlook.of(last.outlook());
            if (outlook == Outlook.ENDS) {
                continue;
            }
            var project = projects.get(last.projectKey());
            var draft = draft(project, last, outlook, year);
            records.insertDraft(round, projectIds.get(project.key()), ord++, draft);
            var scope = AuditTrail.Scope.of(actor.username(), now, "CREATE_DRAFT", planKey, year, project.key());
            audit.change(scope, "organization", null, draft.organization());
            if (draft.carryNote() != null) {
                audit.change(scope, "carryNote", null, draft.carryNote().name());
                flagged++;
            }
            opened++;
        }
        audit.change(AuditTrail.Scope.of(actor.username(), now, "OPEN_YEAR", planKey, year, null),
                "records", null, String.valueOf(opened));
        return Outcome.done("year.opened", year.year(), opened, flagged);
    }

    private static RoundRecordRepository.Draft draft(Project project, YearRecord last, Outlook outlook,
                                                     FiscalYear year) {
        var organization = project.implementer() != null ? project.implementer()
                : project.departments().isEmpty() ? UNASSIGNED : project.departments().get(0);
        var flags = outlook.expands(last.outlook()) ? Set.of(YearFlag.EXPANDED) : Set.<YearFlag>of();
        // Last year's settlement is reported in this round; keep what is already known of it.
        var settled = last.settled().kind() == Amount.Kind.NOT_STATED ? null : last.settled();
        return new RoundRecordRepository.Draft(organization, carryNote(project, outlook, year), Amount.notStated(),
                last.content(), null, flags, settled, last.evaluation());
    }

    private static CarryNote carryNote(Project project, Outlook outlook, FiscalYear year) {
        var end = project.period().end();
        if (end != null && end.compareTo(year) < 0) {
            return CarryNote.PERIOD_ENDED;
        }
        return switch (outlook) {
            case UNDECIDED -> CarryNote.UNDECIDED;
            case NOT_STATED -> CarryNote.NO_OUTLOOK;
            case UNUSUAL -> CarryNote.UNUSUAL_OUTLOOK;
            default -> null;
        };
    }
}

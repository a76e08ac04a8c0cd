package jp.shinko.cycle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.shinko.checks.ConsistencyCheck;
import jp.shinko.checks.Finding;
import jp.shinko.checks.PlanChecks;
import jp.shinko.checks.Rule;
import jp.shinko.command.Message;
import jp.shinko.command.Problem;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.YearRecord;
import jp.shinko.store.PlanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consistency checks of a round: this year's records as saved (drafts included) and last
 * year's settlements and evaluations as reported in the round, which publication will write into
 * last year's records. The coordinator reads the report before publishing; an editor sees a
 * record's findings beside its fields, and cannot submit a record with an error.
 */
@Service
public class RoundChecks {

    /** The rules that read last year's settlement or evaluation, the values a round reports for last year. */
    private static final Set<Rule> REPORTED_FOR_LAST_YEAR = Set.of(Rule.SETTLED_OVER_BUDGET, Rule.NOT_RUN_WITH_SETTLEMENT);

    private final PlanRepository plans;
    private final PlanChecks checks;
    private final RoundRepository rounds;
    private final RoundRecordRepository records;

    RoundChecks(PlanRepository plans, PlanChecks checks, RoundRepository rounds, RoundRecordRepository records) {
        this.plans = plans;
        this.checks = checks;
        this.rounds = rounds;
        this.records = records;
    }

    /** Every finding of the round, last year's reported values first; empty if there is no such round. */
    @Transactional(readOnly = true)
    public Optional<List<Finding>> report(String planKey, FiscalYear year) {
        var round = rounds.find(planKey, year);
        if (round.isEmpty()) {
            return Optional.empty();
        }
        var reported = new HashMap<String, RecordValues>();
        records.list(round.get().id()).stream().filter(RoundRecord::hasPreviousYear)
                .forEach(r -> reported.put(r.projectKey(), r.values()));
        return plans.loadIncludingDrafts(planKey).map(stored -> {
            var content = withReported(stored, year.previous(), reported);
            var settings = checks.settings(planKey);
            var findings = new ArrayList<Finding>();
            ConsistencyCheck.check(content, year.previous(), settings).stream()
                    .filter(f -> reported.containsKey(f.projectKey()) && REPORTED_FOR_LAST_YEAR.contains(f.rule()))
                    .forEach(findings::add);
            findings.addAll(ConsistencyCheck.check(content, year, settings));
            return List.copyOf(findings);
        });
    }

    /** The findings of one record with the values of its form (saved or about to be), for both years. */
    @Transactional(readOnly = true)
    List<Finding> of(RoundRecord record, RecordValues values) {
        var stored = plans.loadIncludingDrafts(record.planKey()).orElseThrow();
        var project = stored.project(record.projectKey()).orElseThrow();
        var scale = stored.plan().evaluationScale();
        var settings = checks.settings(record.planKey());
        var last = stored.yearRecord(record.projectKey(), record.year().previous())
                .map(r -> record.hasPreviousYear() ? reported(r, values) : r);
        var findings = new ArrayList<Finding>();
        last.ifPresent(r -> ConsistencyCheck.checkRecord(project, r, stored.yearRecord(r.projectKey(),
                        r.year().previous()), scale, settings).stream()
                .filter(f -> REPORTED_FOR_LAST_YEAR.contains(f.rule())).forEach(findings::add));
        var current = stored.yearRecord(record.projectKey(), record.year()).orElseThrow();
        var edited = new YearRecord(current.projectKey(), current.year(), values.budget(), current.settled(),
                values.content(), false, current.evaluation(), values.outlook(), values.expansionNote(),
                values.flags(), current.status(), current.provenance());
        findings.addAll(ConsistencyCheck.checkRecord(project, edited, last, scale, settings));
        return findings;
    }

    /** The findings of a record as saved. */
    @Transactional(readOnly = true)
    public List<Finding> of(RoundRecord record) {
        return of(record, record.values());
    }

    /** A record's findings as problems of its form's fields, for the page to show beside them. */
    static List<Problem> problems(List<Finding> findings) {
        return findings.stream().map(f -> new Problem(field(f), Message.of("check.finding", f)))
                .toList();
    }

    /** The form field a finding is about: where the editor would change something. */
    static String field(Finding finding) {
        return switch (finding.rule()) {
            case SETTLED_OVER_BUDGET -> "previousSettled";
            case NOT_RUN_WITH_SETTLEMENT -> "evaluation";
            case LOW_MARK_THEN_EXPANDED -> "outlook";
            case EXPANSION_WITHOUT_NOTE -> "expansionNote";
            case NEW_WITH_EARLIER_SETTLEMENT -> "flagNew";
            case MONEY_WITHOUT_CONTENT -> "content";
            case ENDED_WITH_BUDGET, BUDGET_JUMP, MONEY_AFTER_PERIOD_END -> "budget";
        };
    }

    private static PlanContent withReported(PlanContent content, FiscalYear lastYear, Map<String, RecordValues> reported) {
        var yearRecords = content.yearRecords().stream()
                .map(r -> r.year().equals(lastYear) && reported.containsKey(r.projectKey())
                        ? reported(r, reported.get(r.projectKey())) : r)
                .toList();
        return new PlanContent(content.municipality(), content.plan(), content.source(), content.nodes(),
                content.organizations(), content.projects(), content.placements(), yearRecords);
    }

    /** Last year's record with the settlement and evaluation the round reports for it, where given. */
    private static YearRecord reported(YearRecord last, RecordValues values) {
        var settled = values.previousSettled() == null ? last.settled() : values.previousSettled();
        var evaluation = values.previousEvaluation() == null ? last.evaluation() : values.previousEvaluation();
        return new YearRecord(last.projectKey(), last.year(), last.budget(), settled, last.content(),
                last.contentSameAsLeft(), evaluation, last.outlook(), last.expansionNote(), last.flags(),
                last.status(), last.provenance());
    }
}

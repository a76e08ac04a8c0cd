package jp.shinko.cycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import jp.shinko.audit.Actor;
import jp.shinko.audit.Role;
import jp.shinko.plan.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the round's pages read: rounds, their records, progress per organization, revisions. */
@Service
@Transactional(readOnly = true)
public class RoundQueries {

    private final RoundRepository rounds;
    private final RoundRecordRepository records;
    private final PreviousYearRepository previousYears;
    private final RevisionRepository revisions;
    private final PlanFacts facts;

    RoundQueries(RoundRepository rounds, RoundRecordRepository records, PreviousYearRepository previousYears,
                 RevisionRepository revisions, PlanFacts facts) {
        this.rounds = rounds;
        this.records = records;
        this.previousYears = previousYears;
        this.revisions = revisions;
        this.facts = facts;
    }

    public List<Round> rounds(String planKey) {
        return rounds.list(planKey);
    }

    public List<Round> allRounds() {
        return rounds.all();
    }

    public Optional<Round> round(String planKey, FiscalYear year) {
        return rounds.find(planKey, year);
    }

    /** The year a coordinator would open next: the one after the plan's latest year with records. */
    public Optional<FiscalYear> nextYear(String planKey) {
        var years = previousYears.years(planKey);
        return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1).next());
    }

    public List<RoundRecord> records(Round round) {
        return records.list(round.id());
    }

    /** The round's records an actor works on: an editor's own organizations', everyone's for others. */
    public List<RoundRecord> recordsFor(Round round, Actor actor) {
        var all = records.list(round.id());
        if (actor.role() != Role.ORG_EDITOR) {
            return all;
        }
        return all.stream().filter(r -> actor.belongsTo(round.planKey(), r.organization())).toList();
    }

    public Optional<RoundRecord> record(String planKey, FiscalYear year, String projectKey) {
        return rounds.find(planKey, year).flatMap(r -> records.find(r.id(), projectKey));
    }

    /** The project's record of the year before the round, for reference beside the form. */
    public Optional<PreviousYearRecord> previousYear(RoundRecord record) {
        return previousYears.of(record);
    }

    /** The settlement and evaluation published a year ago (of the year two before the round), for review. */
    public Optional<PublishedResult> publishedResultBefore(RoundRecord record) {
        return previousYears.twoYearsBefore(record);
    }

    public List<Revision> revisions(RoundRecord record) {
        return revisions.list(record.id());
    }

    /** Progress per organization, in the order organizations first appear in the round. */
    public List<OrganizationProgress> progress(Round round) {
        var byOrganization = new LinkedHashMap<String, OrganizationProgress>();
        for (var record : records.list(round.id())) {
            byOrganization.merge(record.organization(), OrganizationProgress.none(record.organization()).plus(record),
                    (a, b) -> a.plus(record));
        }
        return new ArrayList<>(byOrganization.values());
    }

    public PlanFacts plan() {
        return facts;
    }
}

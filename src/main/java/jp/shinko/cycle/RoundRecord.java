package jp.shinko.cycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.RecordStatus;
import jp.shinko.plan.YearFlag;

/**
 * A year record of a round as the round sees it: the project, the organization answering for it,
 * this year's values, last year's settlement and evaluation reported with it, and the workflow
 * state. {@code version} is the year record's optimistic-lock version.
 *
 * @param hasPreviousYear whether the project has a record for the year before (else nothing to report for it)
 * @param mergedInto      the key of the project this one was merged into during the round, else null
 */
public record RoundRecord(
        long id,
        Round round,
        String projectKey,
        String projectName,
        List<String> formerNames,
        String organization,
        Amount budget,
        String content,
        String outlook,
        String expansionNote,
        Set<YearFlag> flags,
        RecordStatus status,
        int version,
        CarryNote carryNote,
        boolean hasPreviousYear,
        Amount previousSettled,
        Evaluation previousEvaluation,
        BigDecimal achievementRate,
        String returnComment,
        String mergedInto,
        String updatedBy,
        Instant updatedAt,
        String submittedBy,
        Instant submittedAt,
        String decidedBy,
        Instant decidedAt,
        int revisions) {

    public RoundRecord {
        formerNames = List.copyOf(formerNames);
        flags = Set.copyOf(flags);
    }

    /** The same record with its flags and the project's former names, which are read separately. */
    RoundRecord withDetails(Set<YearFlag> newFlags, List<String> newFormerNames) {
        return new RoundRecord(id, round, projectKey, projectName, newFormerNames, organization, budget, content,
                outlook, expansionNote, newFlags, status, version, carryNote, hasPreviousYear, previousSettled,
                previousEvaluation, achievementRate, returnComment, mergedInto, updatedBy, updatedAt, submittedBy,
                submittedAt, decidedBy, decidedAt, revisions);
    }

    public String planKey() {
        return round.planKey();
    }

    public FiscalYear year() {
        return round.year();
    }

    /** Someone has saved it since the round opened. */
    public boolean started() {
        return updatedBy != null;
    }

    /** The record's values, as a command compares them with new ones. */
    RecordValues values() {
        return new RecordValues(budget, content, outlook, expansionNote, flags, previousSettled,
                previousEvaluation, achievementRate);
    }

    /** Editors may change it: a draft or a returned record of an open round. */
    public boolean editable() {
        return round.isOpen() && (status == RecordStatus.DRAFT || status == RecordStatus.RETURNED);
    }
}

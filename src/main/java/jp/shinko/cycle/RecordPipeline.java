package jp.shinko.cycle;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.RecordStatus;
import org.springframework.stereotype.Component;

/**
 * The one way a command on a round record runs: find the record, authorize the actor, check the
 * record's state, then act, with the time, the records and the audit trail at hand, in the
 * caller's transaction. The act locks the record by its version (a save names the version it
 * read, and fails if someone saved first) and writes its audit entries; so every command answers
 * "not found", "denied" and "not in this state" the same way.
 */
@Component
class RecordPipeline {

    /** Which records a command may act on: the refusal for one it may not, else null. */
    @FunctionalInterface
    interface State {

        /** Any record of the round, published or not. */
        State ANY = record -> null;

        /** A draft or returned record of a round not yet published: what editors change. */
        State EDITABLE = record -> record.round().isPublished()
                ? Outcome.refused("year.published", record.year().year())
                : record.editable() ? null : Outcome.refused("record.not-editable", record.status().name());

        /** A record of a published round: what corrections change. */
        State PUBLISHED = record -> record.round().isPublished()
                ? null : Outcome.refused("year.not-published", record.year().year());

        Outcome refusal(RoundRecord record);

        /** A record of an unpublished round in one of {@code statuses}; else refused with {@code code}. */
        static State inReview(String code, RecordStatus... statuses) {
            var allowed = Set.of(statuses);
            return record -> record.round().isPublished()
                    ? Outcome.refused("year.published", record.year().year())
                    : allowed.contains(record.status()) ? null : Outcome.refused(code, record.status().name());
        }
    }

    /** What a command's act works with: who, which record, when, and where to write. */
    record Step(Actor actor, RoundRecord record, Instant now, RoundRecordRepository records, AuditTrail audit) {

        /** The audit context of this act: the actor, now, the record's plan, year and project. */
        AuditTrail.Scope scope(String action) {
            return AuditTrail.Scope.of(actor.username(), now, action, record.planKey(), record.year(),
                    record.projectKey());
        }

        /** Saves the values if the record is still at {@code version}; false if someone saved first. */
        boolean save(int version, RecordValues values) {
            return version == record.version() && records.update(record, version, values, actor.username(), now);
        }

        /** The record as stored now, after someone else's save. */
        RoundRecord current() {
            return records.find(record.round().id(), record.projectKey()).orElseThrow();
        }
    }

    private final RoundRepository rounds;
    private final RoundRecordRepository records;
    private final AuditTrail audit;
    private final Clock clock;

    RecordPipeline(RoundRepository rounds, RoundRecordRepository records, AuditTrail audit, Clock clock) {
        this.rounds = rounds;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** Finds, authorizes and checks the record, then runs {@code act} on it; else the outcome that stopped it. */
    Outcome run(Actor actor, CycleAction action, String planKey, FiscalYear year, String projectKey, State state,
                Function<Step, Outcome> act) {
        var round = rounds.find(planKey, year);
        var record = round.isEmpty() ? null : records.find(round.get().id(), projectKey).orElse(null);
        if (record == null) {
            return new Outcome.NotFound();
        }
        if (!CyclePermissions.allows(actor, action, planKey, record.organization())) {
            return new Outcome.Denied();
        }
        var refusal = state.refusal(record);
        if (refusal != null) {
            return refusal;
        }
        return act.apply(new Step(actor, record, clock.instant(), records, audit));
    }
}

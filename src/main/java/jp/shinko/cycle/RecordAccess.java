package jp.shinko.cycle;

import jp.shinko.audit.Actor;
import jp.shinko.command.Outcome;
import jp.shinko.plan.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * Finds the round record a command works on and checks the actor may act on it, so every
 * command answers "not found" and "denied" the same way.
 */
@Component
class RecordAccess {

    /** The record, or the outcome that stops the command. */
    record Lookup(RoundRecord record, Outcome failure) {
        boolean failed() {
            return failure != null;
        }
    }

    private final RoundRepository rounds;
    private final RoundRecordRepository records;

    RecordAccess(RoundRepository rounds, RoundRecordRepository records) {
        this.rounds = rounds;
        this.records = records;
    }

    Lookup find(Actor actor, CycleAction action, String planKey, FiscalYear year, String projectKey) {
        var round = rounds.find(planKey, year);
        if (round.isEmpty()) {
            return new Lookup(null, new Outcome.NotFound());
        }
        var record = records.find(round.get().id(), projectKey);
        if (record.isEmpty()) {
            return new Lookup(null, new Outcome.NotFound());
        }
        if (!CyclePermissions.allows(actor, action, planKey, record.get().organization())) {
            return new Lookup(null, new Outcome.Denied());
        }
        return new Lookup(record.get(), null);
    }

    /** Like {@link #find}, and refuses a record the actor's changes cannot touch (see {@link #refuseUnlessEditable}). */
    Lookup findEditable(Actor actor, CycleAction action, String planKey, FiscalYear year, String projectKey) {
        var lookup = find(actor, action, planKey, year, projectKey);
        if (lookup.failed()) {
            return lookup;
        }
        var refused = refuseUnlessEditable(lookup.record());
        return refused == null ? lookup : new Lookup(null, refused);
    }

    /** Refuses changes to a record that is not a draft or returned, or whose round is published. */
    private static Outcome refuseUnlessEditable(RoundRecord record) {
        if (record.round().isPublished()) {
            return Outcome.refused("year.published", record.year().year());
        }
        if (!record.editable()) {
            return Outcome.refused("record.not-editable", record.status().name());
        }
        return null;
    }
}

package jp.shinko.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import jp.shinko.cycle.Accounts;
import jp.shinko.cycle.Round;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.RoundRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organizations of a round with their progress, deadlines, mailboxes, accounts and last activity. */
@Service
public class RoundContacts {

    private final RoundQueries rounds;
    private final ReminderStore store;
    private final Accounts accounts;
    private final ReminderSettings settings;
    private final Clock clock;

    RoundContacts(RoundQueries rounds, ReminderStore store, Accounts accounts, ReminderSettings settings, Clock clock) {
        this.rounds = rounds;
        this.store = store;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OrganizationContact> contacts(Round round) {
        var deadlines = store.deadlines(round.planKey(), round.year());
        var roundDeadline = ReminderStore.roundDeadline(deadlines).orElse(null);
        var mailboxes = store.mailboxes(round.planKey());
        var today = LocalDate.ofInstant(clock.instant(), settings.zone());
        var active = new HashMap<String, Integer>();
        accounts.list().stream().filter(a -> a.enabled()).flatMap(a -> a.memberships().stream())
                .filter(m -> m.planKey().equals(round.planKey()))
                .forEach(m -> active.merge(m.organizationName(), 1, Integer::sum));
        var lastActivity = lastActivity(rounds.records(round));
        return rounds.progress(round).stream().map(progress -> {
            var own = deadlines.stream().filter(d -> progress.organization().equals(d.organization()))
                    .map(Deadline::dueOn).findFirst().orElse(null);
            var deadline = own != null ? own : roundDeadline;
            return new OrganizationContact(progress, deadline, own != null,
                    deadline == null ? null : ChronoUnit.DAYS.between(today, deadline),
                    mailboxes.get(progress.organization()), active.getOrDefault(progress.organization(), 0),
                    lastActivity.get(progress.organization()));
        }).toList();
    }

    private static Map<String, Instant> lastActivity(List<RoundRecord> records) {
        var last = new HashMap<String, Instant>();
        for (var record : records) {
            Stream.of(record.updatedAt(), record.submittedAt()).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .ifPresent(at -> last.merge(record.organization(), at, (a, b) -> a.isAfter(b) ? a : b));
        }
        return last;
    }
}

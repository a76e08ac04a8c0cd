package jp.shinko.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.cycle.OrganizationProgress;
import jp.shinko.cycle.Round;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.plan.FiscalYear;
import jp.shinko.store.PlanQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines, mailboxes and the reminders of open rounds: the coordinator's settings (audited), the
 * deciding of reminders into the mail log, and the sending of what the log holds.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    /** The audit action of a returned record, which the reminders follow. */
    static final String RETURN_ACTION = "RETURN_RECORD";
    private static final String CURSOR = "returned";
    /** A take older than this is a sender that vanished mid-send; the mail is taken again. */
    private static final Duration STALE = Duration.ofMinutes(10);
    // Deliberately loose: the mail server is the judge of an address; this catches typing slips.
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ReminderStore store;
    private final RoundQueries rounds;
    private final PlanQueries plans;
    private final AuditTrail audit;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ReminderSettings settings;
    private final Clock clock;

    Reminders(ReminderStore store, RoundQueries rounds, PlanQueries plans, AuditTrail audit,
              ObjectProvider<JavaMailSender> mailSender, ReminderSettings settings, Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.plans = plans;
        this.audit = audit;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
    }

    public List<Deadline> deadlines(String planKey, FiscalYear year) {
        return store.deadlines(planKey, year);
    }

    public Map<String, String> mailboxes(String planKey) {
        return store.mailboxes(planKey);
    }

    /** The reminders of a round, oldest first: the log of what was sent to whom. */
    public List<ReminderMail> log(String planKey, FiscalYear year) {
        return store.mails(planKey, year);
    }

    /** Whether a mail server is configured; without one reminders are decided and wait. */
    public boolean canSend() {
        return mailSender.getIfAvailable() != null;
    }

    /** Sets (or with a null date removes) a round's deadline, or one organization's own. */
    @Transactional
    public Outcome setDeadline(Actor actor, String planKey, FiscalYear year, String organization, LocalDate dueOn) {
        if (!actor.coordinates()) {
            return new Outcome.Denied();
        }
        if (rounds.round(planKey, year).isEmpty()) {
            return new Outcome.NotFound();
        }
        var before = store.deadlines(planKey, year).stream()
                .filter(d -> java.util.Objects.equals(d.organization(), organization)).findFirst();
        store.setDeadline(planKey, year, organization, dueOn);
        audit.change(AuditTrail.Scope.of(actor.username(), clock.instant(), "SET_DEADLINE", planKey, year, null)
                        .withSubject(organization), "deadline",
                before.map(d -> d.dueOn().toString()).orElse(null), dueOn == null ? null : dueOn.toString());
        return Outcome.done("reminders.deadline-set");
    }

    /** Sets (or with a blank address removes) an organization's shared mailbox. */
    @Transactional
    public Outcome setMailbox(Actor actor, String planKey, String organization, String address) {
        if (!actor.coordinates()) {
            return new Outcome.Denied();
        }
        if (!plans.exists(planKey)) {
            return new Outcome.NotFound();
        }
        var trimmed = address == null || address.isBlank() ? null : address.strip();
        if (trimmed != null && !ADDRESS.matcher(trimmed).matches()) {
            return Outcome.invalid(List.of(Problem.of("address", "reminders.address.invalid")));
        }
        var before = store.mailboxes(planKey).get(organization);
        store.setMailbox(planKey, organization, trimmed);
        audit.change(AuditTrail.Scope.of(actor.username(), clock.instant(), "SET_MAILBOX", planKey, null, null)
                .withSubject(organization), "mailbox", before, trimmed);
        return Outcome.done("reminders.mailbox-set");
    }

    /** Decides the reminders due at {@code now} into the mail log; returns how many were queued. */
    @Transactional
    public int decide(Instant now) {
        int queued = 0;
        var today = LocalDate.ofInstant(now, settings.zone());
        var planner = new ReminderPlanner(settings.daysBefore(), settings.overdueEveryDays());
        var titles = new HashMap<String, String>();
        for (var round : rounds.allRounds()) {
            if (!round.isOpen()) {
                continue;
            }
            var deadlines = store.deadlines(round.planKey(), round.year());
            if (deadlines.isEmpty()) {
                continue;
            }
            var own = new HashMap<String, LocalDate>();
            deadlines.stream().filter(d -> !d.roundWide()).forEach(d -> own.put(d.organization(), d.dueOn()));
            var progress = rounds.progress(round);
            var mailboxes = store.mailboxes(round.planKey());
            var key = round.planKey() + "/" + round.year().year();
            for (var due : planner.due(key, today, ReminderStore.roundDeadline(deadlines), own, progress)) {
                var text = MailText.deadline(title(titles, round.planKey()), round.year(), due,
                        progress(progress, due.organization()), link(round));
                if (store.queue(due.dedupeKey(), round.planKey(), round.year(), due.organization(), due.kind(),
                        mailboxes.get(due.organization()), text, now)) {
                    queued++;
                }
            }
        }
        return queued + decideReturned(now, titles);
    }

    /** One reminder per record returned since the last look at the audit trail. */
    private int decideReturned(Instant now, Map<String, String> titles) {
        int queued = 0;
        long start = store.cursor(CURSOR);
        long cursor = start;
        for (var entry : audit.after(cursor, Set.of(RETURN_ACTION))) {
            cursor = entry.id();
            var year = FiscalYear.of(entry.fiscalYear());
            var record = rounds.record(entry.planKey(), year, entry.projectKey());
            var round = rounds.round(entry.planKey(), year);
            if (record.isEmpty() || round.isEmpty()) {
                continue;
            }
            var organization = record.get().organization();
            var text = MailText.returned(title(titles, entry.planKey()), year, organization, entry.projectKey(),
                    record.get().projectName(), entry.reason(), link(round.get()));
            if (store.queue(ReminderKind.RETURNED + "/" + entry.id(), entry.planKey(), year, organization,
                    ReminderKind.RETURNED, store.mailboxes(entry.planKey()).get(organization), text, now)) {
                queued++;
            }
        }
        if (cursor != start) {
            // An idle loop writes nothing: a snapshot of the database taken in a test stays still.
            store.moveCursor(CURSOR, cursor);
        }
        return queued;
    }

    /**
     * Sends what the log holds for sending at {@code now}; a failure is retried later and never
     * affects anything else. Returns how many were sent.
     */
    public int deliver(Instant now) {
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (var mail : store.sendable(now, now.minus(STALE), 100)) {
            if (!store.take(mail, now)) {
                continue;
            }
            try {
                var message = new SimpleMailMessage();
                message.setFrom(settings.from());
                message.setTo(mail.recipient());
                message.setSubject(mail.subject());
                message.setText(mail.body());
                sender.send(message);
                store.sent(mail.id(), clock.instant());
                sent++;
            } catch (MailException e) {
                int attempts = mail.attempts() + 1;
                var retryAt = attempts >= settings.maxAttempts() ? null : now.plus(settings.backoff(attempts));
                log.warn("リマインダーを送れませんでした（{} 回目）: {} → {}: {}", attempts, mail.subject(), mail.recipient(),
                        e.getMessage());
                store.failed(mail.id(), e.getMessage(), retryAt);
            }
        }
        return sent;
    }

    private String title(Map<String, String> titles, String planKey) {
        return titles.computeIfAbsent(planKey,
                key -> plans.overview(key).map(o -> o.plan().title()).orElse(key));
    }

    private String link(Round round) {
        return settings.baseUrl() + "/cycle/" + round.planKey() + "/" + round.year().year();
    }

    private static OrganizationProgress progress(List<OrganizationProgress> progress, String organization) {
        return progress.stream().filter(p -> p.organization().equals(organization)).findFirst().orElseThrow();
    }
}

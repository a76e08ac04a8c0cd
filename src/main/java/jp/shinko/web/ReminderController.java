package jp.shinko.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import jp.shinko.cycle.Round;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.reminders.OrganizationContact;
import jp.shinko.reminders.Reminders;
import jp.shinko.reminders.RoundContacts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Deadlines, mailboxes and the reminder log of a round (coordinators), and the progress as CSV. */
@Controller
class ReminderController {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JAPAN);

    private final RoundQueries queries;
    private final Reminders reminders;
    private final RoundContacts contacts;
    private final CycleActors actors;
    private final CycleMessages messages;

    ReminderController(RoundQueries queries, Reminders reminders, RoundContacts contacts, CycleActors actors,
                       CycleMessages messages) {
        this.queries = queries;
        this.reminders = reminders;
        this.contacts = contacts;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/cycle/{plan}/{year}/reminders")
    String page(Authentication authentication, @PathVariable String plan, @PathVariable int year, Model model) {
        var actor = actors.current(authentication);
        if (!actor.coordinates()) {
            throw new AccessDeniedException("denied");
        }
        var round = round(plan, year);
        model.addAttribute("actor", actor);
        model.addAttribute("round", round);
        model.addAttribute("planTitle", queries.plan().title(plan).orElse(plan));
        model.addAttribute("roundDeadline", reminders.deadlines(plan, round.year()).stream()
                .filter(d -> d.roundWide()).map(d -> d.dueOn()).findFirst().orElse(null));
        model.addAttribute("contacts", contacts.contacts(round));
        var newestFirst = new java.util.ArrayList<>(reminders.log(plan, round.year()));
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("mails", newestFirst);
        model.addAttribute("canSend", reminders.canSend());
        model.addAttribute("time", TIME);
        return "cycle/reminders";
    }

    @PostMapping("/cycle/{plan}/{year}/deadline")
    String deadline(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                    @RequestParam(required = false) String organization, @RequestParam(required = false) String dueOn,
                    RedirectAttributes flash) {
        var url = CycleController.roundUrl(plan, year) + "/reminders";
        LocalDate date;
        try {
            date = dueOn == null || dueOn.isBlank() ? null : LocalDate.parse(dueOn.strip());
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute(CycleOutcomes.ALERT, messages.text("cycle.msg.reminders.date.invalid"));
            return "redirect:" + url;
        }
        var outcome = reminders.setDeadline(actors.current(authentication), plan, CycleOutcomes.year(year),
                organization == null || organization.isBlank() ? null : organization, date);
        return CycleOutcomes.redirect(outcome, flash, messages, url, url);
    }

    @PostMapping("/cycle/{plan}/{year}/mailbox")
    String mailbox(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                   @RequestParam String organization, @RequestParam(required = false) String address,
                   RedirectAttributes flash) {
        var url = CycleController.roundUrl(plan, year) + "/reminders";
        var outcome = reminders.setMailbox(actors.current(authentication), plan, organization, address);
        return CycleOutcomes.redirect(outcome, flash, messages, url, url);
    }

    /** The progress per organization as CSV (UTF-8 with a byte-order mark, for Excel). */
    @GetMapping("/cycle/{plan}/{year}/progress.csv")
    void progressCsv(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                     HttpServletResponse response) throws IOException {
        actors.current(authentication);
        var round = round(plan, year);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"progress-" + year + ".csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var header = messages.text("cycle.progress.csv.header").split(",");
        try (var printer = jp.shinko.csv.CsvWriter.of(writer, header)) {
            for (var c : contacts.contacts(round)) {
                printer.row(row(c));
            }
        }
    }

    private static java.util.List<Object> row(OrganizationContact c) {
        var p = c.progress();
        return java.util.List.of(c.organization(), p.total(), p.notStarted(), p.draft(), p.returned(), p.submitted(),
                p.approved(), c.deadline() == null ? "" : c.deadline().toString(),
                c.daysLeft() == null ? "" : c.daysLeft(), c.activeAccounts(), c.mailbox() == null ? "" : c.mailbox(),
                c.lastActivity() == null ? "" : TIME.format(c.lastActivity()));
    }

    private Round round(String plan, int year) {
        return queries.round(plan, CycleOutcomes.year(year)).orElseThrow(CycleOutcomes::notFound);
    }
}

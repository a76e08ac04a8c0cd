package jp.shinko.web;

import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.cycle.CycleAction;
import jp.shinko.cycle.CyclePermissions;
import jp.shinko.cycle.OpenFiscalYear;
import jp.shinko.cycle.PublishFiscalYear;
import jp.shinko.cycle.Round;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.RoundRecord;
import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.RecordStatus;
import jp.shinko.reminders.RoundContacts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The round's overview pages: plans and their rounds, one round's records, progress, publication. */
@Controller
class CycleController {

    /** A plan with its rounds and the year that would be opened next. */
    record PlanRounds(String key, String title, List<Round> rounds, FiscalYear nextYear) {
    }

    private final RoundQueries queries;
    private final OpenFiscalYear openFiscalYear;
    private final PublishFiscalYear publishFiscalYear;
    private final CycleActors actors;
    private final CycleMessages messages;
    private final RoundContacts contacts;

    CycleController(RoundQueries queries, OpenFiscalYear openFiscalYear, PublishFiscalYear publishFiscalYear,
                    CycleActors actors, CycleMessages messages, RoundContacts contacts) {
        this.queries = queries;
        this.openFiscalYear = openFiscalYear;
        this.publishFiscalYear = publishFiscalYear;
        this.actors = actors;
        this.messages = messages;
        this.contacts = contacts;
    }

    @GetMapping("/cycle")
    String index(Authentication authentication, Model model) {
        var actor = actors.current(authentication);
        var plans = queries.plan().plans().stream()
                .map(p -> new PlanRounds(p.key(), p.title(), queries.rounds(p.key()),
                        queries.nextYear(p.key()).orElse(null)))
                .toList();
        model.addAttribute("actor", actor);
        model.addAttribute("plans", plans);
        model.addAttribute("canOpen", CyclePermissions.allows(actor, CycleAction.OPEN_YEAR, null, null));
        return "cycle/index";
    }

    @PostMapping("/cycle/{plan}/open")
    String open(Authentication authentication, @PathVariable String plan, @RequestParam(required = false) Integer year,
                RedirectAttributes flash) {
        var actor = actors.current(authentication);
        if (year == null || year < 1868 || year > 2999) {
            flash.addFlashAttribute(CycleOutcomes.ALERT, messages.text("cycle.msg.year.invalid"));
            return "redirect:/cycle";
        }
        var outcome = openFiscalYear.run(actor, plan, FiscalYear.of(year));
        return CycleOutcomes.redirect(outcome, flash, messages, roundUrl(plan, year), "/cycle");
    }

    @GetMapping("/cycle/{plan}/{year}")
    String round(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                 @RequestParam(required = false) String organization, @RequestParam(required = false) String status,
                 Model model) {
        var actor = actors.current(authentication);
        var round = queries.round(plan, CycleOutcomes.year(year)).orElseThrow(CycleOutcomes::notFound);
        var mine = queries.recordsFor(round, actor);
        var shown = mine.stream()
                .filter(r -> organization == null || organization.isBlank() || r.organization().equals(organization))
                .filter(r -> status == null || status.isBlank() || statusMatches(r, status))
                .toList();
        addRound(model, actor, round);
        model.addAttribute("records", shown);
        model.addAttribute("total", mine.size());
        model.addAttribute("organizations", mine.stream().map(RoundRecord::organization).distinct().toList());
        model.addAttribute("organization", organization == null ? "" : organization);
        model.addAttribute("status", status == null ? "" : status);
        return "cycle/round";
    }

    /** NOT_STARTED is a filter of its own: drafts nobody has saved yet. */
    private static boolean statusMatches(RoundRecord record, String status) {
        if (status.equals("NOT_STARTED")) {
            return record.status() == RecordStatus.DRAFT && !record.started();
        }
        return record.status().name().equals(status);
    }

    @GetMapping("/cycle/{plan}/{year}/progress")
    String progress(Authentication authentication, @PathVariable String plan, @PathVariable int year, Model model) {
        var actor = actors.current(authentication);
        var round = queries.round(plan, CycleOutcomes.year(year)).orElseThrow(CycleOutcomes::notFound);
        var organizations = contacts.contacts(round);
        addRound(model, actor, round);
        model.addAttribute("contacts", organizations);
        model.addAttribute("notStarted", organizations.stream().filter(c -> c.progress().notStartedAtAll()).toList());
        model.addAttribute("withoutAccount", organizations.stream().filter(c -> c.activeAccounts() == 0).toList());
        model.addAttribute("time", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Tokyo")));
        return "cycle/progress";
    }

    @PostMapping("/cycle/{plan}/{year}/publish")
    String publish(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                   @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes flash) {
        if (!confirmed) {
            flash.addFlashAttribute(CycleOutcomes.ALERT, messages.text("cycle.msg.publish.confirm-needed"));
            return "redirect:" + roundUrl(plan, year) + "/checks";
        }
        var outcome = publishFiscalYear.run(actors.current(authentication), plan, CycleOutcomes.year(year));
        return CycleOutcomes.redirect(outcome, flash, messages, roundUrl(plan, year) + "/published",
                roundUrl(plan, year) + "/checks");
    }

    /** Public: the published list of a year, with corrections made after publication. */
    @GetMapping("/cycle/{plan}/{year}/published")
    String published(@PathVariable String plan, @PathVariable int year, Model model) {
        var round = queries.round(plan, CycleOutcomes.year(year))
                .filter(Round::isPublished).orElseThrow(CycleOutcomes::notFound);
        var records = queries.records(round);
        model.addAttribute("round", round);
        model.addAttribute("yearLabel", JapaneseYearFormat.japaneseWithGregorian(round.year()));
        model.addAttribute("planTitle", queries.plan().title(plan).orElse(plan));
        model.addAttribute("records", records);
        model.addAttribute("revisions", records.stream().filter(r -> r.revisions() > 0)
                .collect(java.util.stream.Collectors.toMap(RoundRecord::projectKey, queries::revisions)));
        return "cycle/published";
    }

    private void addRound(Model model, Actor actor, Round round) {
        model.addAttribute("actor", actor);
        model.addAttribute("round", round);
        model.addAttribute("yearLabel", JapaneseYearFormat.japaneseWithGregorian(round.year()));
        model.addAttribute("planTitle", queries.plan().title(round.planKey()).orElse(round.planKey()));
        model.addAttribute("canPublish", round.isOpen()
                && CyclePermissions.allows(actor, CycleAction.PUBLISH_YEAR, round.planKey(), null));
        model.addAttribute("canRegister", round.isOpen()
                && CyclePermissions.allows(actor, CycleAction.REGISTER_PROJECT, round.planKey(), null));
    }

    static String roundUrl(String plan, int year) {
        return "/cycle/" + org.springframework.web.util.UriUtils.encodePathSegment(plan,
                java.nio.charset.StandardCharsets.UTF_8) + "/" + year;
    }
}

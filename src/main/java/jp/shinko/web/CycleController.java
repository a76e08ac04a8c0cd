package jp.shinko.web;

import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.checks.PlanChecks;
import jp.shinko.cycle.CycleAction;
import jp.shinko.cycle.DecideYearRecords;
import jp.shinko.cycle.CyclePermissions;
import jp.shinko.cycle.OpenFiscalYear;
import jp.shinko.cycle.PublishFiscalYear;
import jp.shinko.cycle.Round;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.RoundRecord;
import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.FiscalYear;
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
    private final PlanChecks checks;
    private final DecideYearRecords decide;

    CycleController(RoundQueries queries, OpenFiscalYear openFiscalYear, PublishFiscalYear publishFiscalYear,
                    CycleActors actors, CycleMessages messages, RoundContacts contacts, PlanChecks checks,
                    DecideYearRecords decide) {
        this.checks = checks;
        this.decide = decide;
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
                 @RequestParam(required = false) String node, @RequestParam(required = false) String warnings,
                 @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                 Model model) {
        var actor = actors.current(authentication);
        var round = queries.round(plan, CycleOutcomes.year(year)).orElseThrow(CycleOutcomes::notFound);
        var mine = queries.recordsFor(round, actor);
        var query = RoundList.Query.of(organization, status, node, warnings, sort, dir);
        var findings = round.isOpen() ? checks.includingDrafts(plan, round.year()).orElse(List.of())
                : checks.published(plan, round.year()).orElse(List.of());
        var rows = RoundList.rows(mine, queries.plan().primaryNodes(plan), findings,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
        var shown = RoundList.apply(rows, query);
        addRound(model, actor, round);
        model.addAttribute("rows", shown);
        model.addAttribute("records", shown.stream().map(RoundList.Row::record).toList());
        model.addAttribute("total", mine.size());
        model.addAttribute("organizations", mine.stream().map(RoundRecord::organization).distinct().toList());
        model.addAttribute("topNodes", queries.plan().nodes(plan).stream()
                .filter(n -> !n.path().contains("/")).toList());
        model.addAttribute("query", query);
        model.addAttribute("listQuery", org.springframework.web.util.UriComponentsBuilder.newInstance()
                .queryParam("organization", query.organization()).queryParam("status", query.status())
                .queryParam("node", query.node()).queryParam("warnings", query.warnings())
                .queryParam("sort", query.sort()).queryParam("dir", query.descending() ? "desc" : "asc")
                .encode().build().getQuery());
        model.addAttribute("organization", query.organization());
        model.addAttribute("status", query.status());
        model.addAttribute("sheetOrganizations", mine.stream().map(RoundRecord::organization).distinct()
                .filter(o -> CyclePermissions.allows(actor, CycleAction.UPDATE_RECORD, plan, o)).toList());
        model.addAttribute("canDecide", round.isOpen()
                && CyclePermissions.allows(actor, CycleAction.APPROVE_RECORD, plan, null));
        return "cycle/round";
    }

    /** Approve or return the selected records at once, with one comment; back to the list as it was filtered. */
    @PostMapping("/cycle/{plan}/{year}/decide")
    String decide(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                  @RequestParam(defaultValue = "APPROVE") DecideYearRecords.Decision decision,
                  @RequestParam(name = "selected", required = false) List<String> selected,
                  @RequestParam(required = false) String comment, @RequestParam(required = false) String back,
                  RedirectAttributes flash) {
        var actor = actors.current(authentication);
        var choices = (selected == null ? List.<String>of() : selected).stream()
                .map(CycleController::selection).filter(java.util.Objects::nonNull).toList();
        var decided = decide.run(actor, plan, CycleOutcomes.year(year), decision, choices, comment);
        if (!decided.problems().isEmpty()) {
            flash.addFlashAttribute(CycleOutcomes.ALERT, String.join(" ", decided.problems().stream()
                    .map(p -> messages.text(p.message())).toList()));
        } else {
            if (decided.done().isEmpty() && decided.results().stream()
                    .allMatch(r -> r.outcome() instanceof jp.shinko.command.Outcome.Denied)) {
                throw CycleOutcomes.failure(decided.results().get(0).outcome());
            }
            flash.addFlashAttribute(CycleOutcomes.NOTICE, messages.text("cycle.bulk.done." + decision.name(),
                    decided.done().size()));
            if (!decided.notDone().isEmpty()) {
                flash.addFlashAttribute(CycleOutcomes.ALERT, messages.text("cycle.bulk.not-done",
                        decided.notDone().size(), String.join("、", decided.notDone().stream()
                                .map(r -> "№" + r.projectKey() + " " + reason(r.outcome())).toList())));
            }
        }
        return "redirect:" + roundUrl(plan, year) + listQuery(back);
    }

    /** "key:version" as the list's checkboxes send it; null when malformed. */
    static DecideYearRecords.Selected selection(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        try {
            return new DecideYearRecords.Selected(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String reason(jp.shinko.command.Outcome outcome) {
        if (outcome instanceof jp.shinko.command.Outcome.Refused refused) {
            return messages.text(refused.reason());
        }
        if (outcome instanceof jp.shinko.command.Outcome.Invalid invalid) {
            return String.join(" ", invalid.problems().stream().map(p -> messages.text(p.message())).toList());
        }
        return messages.text("cycle.bulk.reason." + outcome.getClass().getSimpleName());
    }

    /** The list's filters and sort to go back to, rebuilt from known parameters only (no open redirect). */
    static String listQuery(String back) {
        if (back == null || back.isBlank()) {
            return "";
        }
        var params = org.springframework.web.util.UriComponentsBuilder.newInstance().query(back).build().getQueryParams();
        var out = org.springframework.web.util.UriComponentsBuilder.newInstance();
        for (var name : List.of("organization", "status", "node", "warnings", "sort", "dir")) {
            var value = params.getFirst(name);
            if (value != null && !value.isBlank()) {
                out.queryParam(name, org.springframework.web.util.UriUtils.decode(value,
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        var query = out.encode().build().getQuery();
        return query == null ? "" : "?" + query;
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

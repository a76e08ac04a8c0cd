package jp.shinko.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.cycle.ApproveYearRecord;
import jp.shinko.cycle.CorrectPublishedRecord;
import jp.shinko.cycle.CycleAction;
import jp.shinko.cycle.CyclePermissions;
import jp.shinko.cycle.EndProject;
import jp.shinko.cycle.MergeProject;
import jp.shinko.cycle.RecordForm;
import jp.shinko.cycle.RenameProject;
import jp.shinko.cycle.ReturnYearRecord;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.RoundRecord;
import jp.shinko.cycle.RoundChecks;
import jp.shinko.cycle.SubmitYearRecord;
import jp.shinko.cycle.UpdateYearRecord;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.RecordStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One record of a round: the form editors fill in, and the actions on it (save, submit, return,
 * approve, rename, end, merge, correct after publication). Each action is one command; an invalid
 * form is shown again with its messages (422), a conflict shows both versions (409).
 */
@Controller
@RequestMapping("/cycle/{plan}/{year}/records/{key}")
class CycleRecordController {

    /** Suggestions for the outlook field, as the lists print them. */
    static final List<String> OUTLOOKS = RecordForm.OUTLOOKS;

    private final RoundQueries queries;
    private final AuditTrail audit;
    private final CycleActors actors;
    private final CycleMessages messages;
    private final UpdateYearRecord update;
    private final SubmitYearRecord submit;
    private final ReturnYearRecord returnRecord;
    private final ApproveYearRecord approve;
    private final CorrectPublishedRecord correct;
    private final RenameProject rename;
    private final EndProject end;
    private final MergeProject merge;
    private final YearText years;
    private final RoundChecks checks;

    CycleRecordController(RoundQueries queries, AuditTrail audit, CycleActors actors, CycleMessages messages,
                          UpdateYearRecord update, SubmitYearRecord submit, ReturnYearRecord returnRecord,
                          ApproveYearRecord approve, CorrectPublishedRecord correct, RenameProject rename,
                          EndProject end, MergeProject merge, YearText years, RoundChecks checks) {
        this.years = years;
        this.queries = queries;
        this.audit = audit;
        this.actors = actors;
        this.messages = messages;
        this.update = update;
        this.submit = submit;
        this.returnRecord = returnRecord;
        this.approve = approve;
        this.correct = correct;
        this.rename = rename;
        this.end = end;
        this.merge = merge;
        this.checks = checks;
    }

    @GetMapping
    String show(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                @PathVariable String key, Model model) {
        var actor = actors.current(authentication);
        var record = find(plan, year, key);
        return page(model, actor, record, RecordForm.of(record), List.of());
    }

    @PostMapping
    String save(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                @PathVariable String key, @ModelAttribute RecordForm form, Model model, HttpServletResponse response,
                RedirectAttributes flash) {
        var actor = actors.current(authentication);
        return answer(update.run(actor, plan, CycleOutcomes.year(year), key, form), actor, plan, year, key, form,
                model, response, flash);
    }

    @PostMapping("/submit")
    String submit(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                  @PathVariable String key, @ModelAttribute RecordForm form, Model model, HttpServletResponse response,
                  RedirectAttributes flash) {
        var actor = actors.current(authentication);
        return answer(submit.run(actor, plan, CycleOutcomes.year(year), key, form), actor, plan, year, key, form,
                model, response, flash);
    }

    @PostMapping("/correct")
    String correct(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                   @PathVariable String key, @ModelAttribute RecordForm form, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        var actor = actors.current(authentication);
        return answer(correct.run(actor, plan, CycleOutcomes.year(year), key, form), actor, plan, year, key, form,
                model, response, flash);
    }

    /** After a conflict: the form again with this user's values on top of the stored version; nothing is saved. */
    @PostMapping("/edit-again")
    String editAgain(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                     @PathVariable String key, @ModelAttribute RecordForm form, Model model) {
        var actor = actors.current(authentication);
        model.addAttribute(CycleOutcomes.NOTICE, messages.text("cycle.msg.record.edit-again"));
        return page(model, actor, find(plan, year, key), form, List.of());
    }

    @PostMapping("/return")
    String returnToEditor(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                          @PathVariable String key, @RequestParam int version,
                          @RequestParam(required = false) String comment, RedirectAttributes flash) {
        var outcome = returnRecord.run(actors.current(authentication), plan, CycleOutcomes.year(year), key, version,
                comment);
        return CycleOutcomes.redirect(outcome, flash, messages, recordUrl(plan, year, key), recordUrl(plan, year, key));
    }

    @PostMapping("/approve")
    String approve(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                   @PathVariable String key, @RequestParam int version, RedirectAttributes flash) {
        var outcome = approve.run(actors.current(authentication), plan, CycleOutcomes.year(year), key, version);
        return CycleOutcomes.redirect(outcome, flash, messages, recordUrl(plan, year, key), recordUrl(plan, year, key));
    }

    @PostMapping("/rename")
    String rename(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                  @PathVariable String key, @RequestParam(required = false) String name, RedirectAttributes flash) {
        var outcome = rename.run(actors.current(authentication), plan, CycleOutcomes.year(year), key, name);
        return CycleOutcomes.redirect(outcome, flash, messages, recordUrl(plan, year, key), recordUrl(plan, year, key));
    }

    @PostMapping("/end")
    String end(Authentication authentication, @PathVariable String plan, @PathVariable int year,
               @PathVariable String key, @RequestParam int version,
               @RequestParam(defaultValue = "false") boolean endedLastYear, RedirectAttributes flash) {
        var outcome = end.run(actors.current(authentication), plan, CycleOutcomes.year(year), key, version,
                endedLastYear);
        return CycleOutcomes.redirect(outcome, flash, messages, recordUrl(plan, year, key), recordUrl(plan, year, key));
    }

    @PostMapping("/merge")
    String merge(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                 @PathVariable String key, @RequestParam int version, @RequestParam(required = false) String into,
                 RedirectAttributes flash) {
        var outcome = merge.run(actors.current(authentication), plan, CycleOutcomes.year(year), key, version, into);
        return CycleOutcomes.redirect(outcome, flash, messages, recordUrl(plan, year, key), recordUrl(plan, year, key));
    }

    /** Done: back to the record; invalid: the form again with messages; conflict: both versions. */
    private String answer(Outcome outcome, Actor actor, String plan, int year, String key, RecordForm form,
                          Model model, HttpServletResponse response, RedirectAttributes flash) {
        if (outcome instanceof Outcome.Invalid invalid) {
            response.setStatus(422);
            return page(model, actor, find(plan, year, key), form, invalid.problems());
        }
        if (outcome instanceof Outcome.Conflict<?, ?> conflict) {
            var mine = (RecordForm) conflict.mine();
            var current = (RoundRecord) conflict.current();
            response.setStatus(409);
            model.addAttribute("actor", actor);
            model.addAttribute("mine", mine);
            model.addAttribute("current", current);
            model.addAttribute("currentForm", RecordForm.of(current));
            model.addAttribute("retry", mine.withVersion(current.version()));
            model.addAttribute("planTitle", queries.plan().title(plan).orElse(plan));
            return "cycle/conflict";
        }
        return CycleOutcomes.redirect(outcome, flash, messages, recordUrl(plan, year, key), recordUrl(plan, year, key));
    }

    private String page(Model model, Actor actor, RoundRecord record, RecordForm form, List<Problem> problems) {
        var plan = record.planKey();
        var org = record.organization();
        var open = record.round().isOpen();
        model.addAttribute("actor", actor);
        model.addAttribute("record", record);
        model.addAttribute("round", record.round());
        model.addAttribute("form", form);
        model.addAttribute("problems", messages.byField(problems));
        model.addAttribute("findings", record.round().isPublished() ? List.of() : checks.of(record));
        model.addAttribute("planTitle", queries.plan().title(plan).orElse(plan));
        var previous = queries.previousYear(record).orElse(null);
        model.addAttribute("previous", previous);
        model.addAttribute("review", LastYearReview.of(record, previous,
                queries.publishedResultBefore(record).orElse(null), years));
        model.addAttribute("marks", queries.plan().scale(plan).marks());
        model.addAttribute("scale", queries.plan().scale(plan));
        model.addAttribute("outlooks", OUTLOOKS);
        model.addAttribute("canEdit", record.editable()
                && CyclePermissions.allows(actor, CycleAction.UPDATE_RECORD, plan, org));
        model.addAttribute("canApprove", open && record.status() == RecordStatus.SUBMITTED
                && CyclePermissions.allows(actor, CycleAction.APPROVE_RECORD, plan, org));
        model.addAttribute("canReturn", open && (record.status() == RecordStatus.SUBMITTED
                || record.status() == RecordStatus.APPROVED)
                && CyclePermissions.allows(actor, CycleAction.RETURN_RECORD, plan, org));
        model.addAttribute("canCorrect", record.round().isPublished()
                && CyclePermissions.allows(actor, CycleAction.CORRECT_PUBLISHED, plan, org));
        model.addAttribute("otherProjects", queries.plan().projects(plan).stream()
                .filter(p -> !p.key().equals(record.projectKey())).toList());
        model.addAttribute("revisions", queries.revisions(record));
        model.addAttribute("history", audit.forProject(plan, record.projectKey()));
        return "cycle/record";
    }

    private RoundRecord find(String plan, int year, String key) {
        FiscalYear fiscalYear = CycleOutcomes.year(year);
        return queries.record(plan, fiscalYear, key).orElseThrow(CycleOutcomes::notFound);
    }

    static String recordUrl(String plan, int year, String key) {
        return CycleController.roundUrl(plan, year) + "/records/"
                + org.springframework.web.util.UriUtils.encodePathSegment(key, java.nio.charset.StandardCharsets.UTF_8);
    }
}

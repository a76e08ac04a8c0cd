package jp.shinko.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.audit.Role;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.cycle.NewProject;
import jp.shinko.cycle.RegisterProject;
import jp.shinko.cycle.Round;
import jp.shinko.cycle.RoundQueries;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering a project that starts in the round's year. */
@Controller
class CycleProjectController {

    private final RoundQueries queries;
    private final RegisterProject register;
    private final CycleActors actors;
    private final CycleMessages messages;

    CycleProjectController(RoundQueries queries, RegisterProject register, CycleActors actors,
                           CycleMessages messages) {
        this.queries = queries;
        this.register = register;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/cycle/{plan}/{year}/projects/new")
    String form(Authentication authentication, @PathVariable String plan, @PathVariable int year, Model model) {
        var actor = actors.current(authentication);
        var round = queries.round(plan, CycleOutcomes.year(year)).orElseThrow(CycleOutcomes::notFound);
        return page(model, actor, round, NewProject.empty(), List.of());
    }

    @PostMapping("/cycle/{plan}/{year}/projects")
    String register(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                    @ModelAttribute NewProject form, Model model, HttpServletResponse response,
                    RedirectAttributes flash) {
        var actor = actors.current(authentication);
        var outcome = register.run(actor, plan, CycleOutcomes.year(year), form);
        if (outcome instanceof Outcome.Invalid invalid) {
            response.setStatus(422);
            var round = queries.round(plan, CycleOutcomes.year(year)).orElseThrow(CycleOutcomes::notFound);
            return page(model, actor, round, form, invalid.problems());
        }
        var created = outcome instanceof Outcome.Done done && done.ref() != null
                ? CycleRecordController.recordUrl(plan, year, done.ref()) : CycleController.roundUrl(plan, year);
        return CycleOutcomes.redirect(outcome, flash, messages, created, CycleController.roundUrl(plan, year));
    }

    private String page(Model model, Actor actor, Round round, NewProject form, List<Problem> problems) {
        var plan = round.planKey();
        // Editors choose among their own organizations; coordinators among all of the plan's.
        var organizations = queries.plan().organizations(plan).stream()
                .filter(o -> actor.role() != Role.ORG_EDITOR || actor.belongsTo(plan, o.name()))
                .toList();
        model.addAttribute("actor", actor);
        model.addAttribute("round", round);
        model.addAttribute("planTitle", queries.plan().title(plan).orElse(plan));
        model.addAttribute("form", form);
        model.addAttribute("problems", messages.byField(problems));
        model.addAttribute("organizations", organizations);
        model.addAttribute("nodes", queries.plan().nodes(plan));
        return "cycle/new-project";
    }
}

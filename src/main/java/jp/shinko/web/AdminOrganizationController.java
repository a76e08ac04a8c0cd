package jp.shinko.web;

import jp.shinko.cycle.AddOrganization;
import jp.shinko.cycle.PlanFacts;
import jp.shinko.plan.OrganizationKind;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see each plan's organizations and add new ones (a new department, an outside body). */
@Controller
class AdminOrganizationController {

    private final PlanFacts facts;
    private final AddOrganization addOrganization;
    private final CycleActors actors;
    private final CycleMessages messages;

    AdminOrganizationController(PlanFacts facts, AddOrganization addOrganization, CycleActors actors,
                                CycleMessages messages) {
        this.facts = facts;
        this.addOrganization = addOrganization;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/admin/organizations")
    String list(Authentication authentication, Model model) {
        model.addAttribute("actor", actors.current(authentication));
        model.addAttribute("plans", facts.plans().stream()
                .map(p -> new AdminUserController.PlanOrganizations(p.key(), p.title(), facts.organizations(p.key())))
                .toList());
        model.addAttribute("kinds", OrganizationKind.values());
        return "admin/organizations";
    }

    @PostMapping("/admin/organizations/{plan}")
    String add(Authentication authentication, @PathVariable String plan, @RequestParam(defaultValue = "") String name,
               @RequestParam(defaultValue = "") String kind, RedirectAttributes flash) {
        OrganizationKind parsed = null;
        for (var k : OrganizationKind.values()) {
            if (k.name().equals(kind)) {
                parsed = k;
            }
        }
        var outcome = addOrganization.run(actors.current(authentication), plan, name, parsed);
        return CycleOutcomes.redirect(outcome, flash, messages, "/admin/organizations", "/admin/organizations");
    }
}

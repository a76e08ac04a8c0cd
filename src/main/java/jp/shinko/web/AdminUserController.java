package jp.shinko.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shinko.audit.Actor;
import jp.shinko.audit.Membership;
import jp.shinko.audit.Role;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.cycle.Accounts;
import jp.shinko.cycle.AddUser;
import jp.shinko.cycle.NewUser;
import jp.shinko.cycle.PlanFacts;
import jp.shinko.cycle.SetPassword;
import jp.shinko.cycle.SetUserEnabled;
import jp.shinko.cycle.UpdateUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage users: add, change role and organizations, set a password, disable. */
@Controller
class AdminUserController {

    /** A plan's organizations, for choosing memberships. */
    record PlanOrganizations(String planKey, String title, List<PlanFacts.OrganizationRow> organizations) {
    }

    private final Accounts accounts;
    private final AddUser addUser;
    private final UpdateUser updateUser;
    private final SetPassword setPassword;
    private final SetUserEnabled setEnabled;
    private final PlanFacts facts;
    private final CycleActors actors;
    private final CycleMessages messages;

    AdminUserController(Accounts accounts, AddUser addUser, UpdateUser updateUser, SetPassword setPassword,
                        SetUserEnabled setEnabled, PlanFacts facts, CycleActors actors, CycleMessages messages) {
        this.accounts = accounts;
        this.addUser = addUser;
        this.updateUser = updateUser;
        this.setPassword = setPassword;
        this.setEnabled = setEnabled;
        this.facts = facts;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String list(Authentication authentication, Model model) {
        return listPage(model, actors.current(authentication), List.of(), "", "", "ORG_EDITOR", Set.of());
    }

    @PostMapping("/admin/users")
    String add(Authentication authentication, @RequestParam(defaultValue = "") String username,
               @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String role,
               @RequestParam(required = false) List<String> memberships,
               @RequestParam(defaultValue = "") String password, Model model, HttpServletResponse response,
               RedirectAttributes flash) {
        var actor = actors.current(authentication);
        var chosen = memberships(memberships);
        var outcome = addUser.run(actor, new NewUser(username.strip(), displayName, role(role), chosen, password,
                true));
        if (outcome instanceof Outcome.Invalid invalid) {
            response.setStatus(422);
            return listPage(model, actor, invalid.problems(), username, displayName, role, chosen);
        }
        return CycleOutcomes.redirect(outcome, flash, messages, "/admin/users", "/admin/users");
    }

    @GetMapping("/admin/users/{name}")
    String edit(Authentication authentication, @PathVariable String name, Model model) {
        var actor = actors.current(authentication);
        var account = accounts.find(name).orElseThrow(CycleOutcomes::notFound);
        return editPage(model, actor, account.username(), account.displayName(), account.role().name(),
                account.memberships(), List.of());
    }

    @PostMapping("/admin/users/{name}")
    String update(Authentication authentication, @PathVariable String name,
                  @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String role,
                  @RequestParam(required = false) List<String> memberships, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        var actor = actors.current(authentication);
        var chosen = memberships(memberships);
        var outcome = updateUser.run(actor, name, displayName, role(role), chosen);
        if (outcome instanceof Outcome.Invalid invalid) {
            response.setStatus(422);
            return editPage(model, actor, name, displayName, role, chosen, invalid.problems());
        }
        return CycleOutcomes.redirect(outcome, flash, messages, "/admin/users", "/admin/users/" + name);
    }

    @PostMapping("/admin/users/{name}/password")
    String password(Authentication authentication, @PathVariable String name,
                    @RequestParam(defaultValue = "") String password, RedirectAttributes flash) {
        var outcome = setPassword.setFor(actors.current(authentication), name, password, null, true);
        return CycleOutcomes.redirect(outcome, flash, messages, "/admin/users/" + name, "/admin/users/" + name);
    }

    @PostMapping("/admin/users/{name}/enabled")
    String enabled(Authentication authentication, @PathVariable String name, @RequestParam boolean enabled,
                   RedirectAttributes flash) {
        var outcome = setEnabled.run(actors.current(authentication), name, enabled);
        return CycleOutcomes.redirect(outcome, flash, messages, "/admin/users/" + name, "/admin/users/" + name);
    }

    private String listPage(Model model, Actor actor, List<Problem> problems, String username, String displayName,
                            String role, Set<Membership> memberships) {
        model.addAttribute("actor", actor);
        model.addAttribute("users", accounts.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("plans", planOrganizations());
        model.addAttribute("problems", messages.byField(problems));
        model.addAttribute("username", username);
        model.addAttribute("displayName", displayName);
        model.addAttribute("role", role);
        model.addAttribute("chosen", memberships.stream().map(Membership::toString).collect(Collectors.toSet()));
        return "admin/users";
    }

    private String editPage(Model model, Actor actor, String username, String displayName, String role,
                            Set<Membership> memberships, List<Problem> problems) {
        model.addAttribute("actor", actor);
        model.addAttribute("account", accounts.find(username).orElseThrow(CycleOutcomes::notFound));
        model.addAttribute("roles", Role.values());
        model.addAttribute("plans", planOrganizations());
        model.addAttribute("problems", messages.byField(problems));
        model.addAttribute("displayName", displayName);
        model.addAttribute("role", role);
        model.addAttribute("chosen", memberships.stream().map(Membership::toString).collect(Collectors.toSet()));
        return "admin/user";
    }

    private List<PlanOrganizations> planOrganizations() {
        return facts.plans().stream()
                .map(p -> new PlanOrganizations(p.key(), p.title(), facts.organizations(p.key()))).toList();
    }

    /** Memberships as the form sends them ({@code plan:organization}); malformed values are dropped. */
    private static Set<Membership> memberships(List<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().filter(v -> v.indexOf(':') > 0).map(Membership::parse).collect(Collectors.toSet());
    }

    private static Role role(String text) {
        try {
            return Role.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

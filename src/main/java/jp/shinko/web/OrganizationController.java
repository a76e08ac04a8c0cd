package jp.shinko.web;

import jp.shinko.store.OrganizationQueries;
import jp.shinko.store.PlanQueries;
import jp.shinko.store.ProjectFilter;
import jp.shinko.store.ProjectOrder;
import jp.shinko.store.ProjectQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A plan's organizations, and one organization's projects with their money per year. */
@Controller
class OrganizationController {

    private final PlanQueries plans;
    private final OrganizationQueries organizations;
    private final ProjectQueries projects;

    OrganizationController(PlanQueries plans, OrganizationQueries organizations, ProjectQueries projects) {
        this.plans = plans;
        this.organizations = organizations;
        this.projects = projects;
    }

    @GetMapping("/plans/{planKey}/organizations")
    String organizations(@PathVariable String planKey, Model model) {
        model.addAttribute("overview", plans.overview(planKey).orElseThrow(() -> new PageNotFound(planKey)));
        model.addAttribute("organizations", organizations.organizations(planKey));
        return "organizations/list";
    }

    @GetMapping("/plans/{planKey}/organizations/{name}")
    String organization(@PathVariable String planKey, @PathVariable String name, Model model) {
        var overview = plans.overview(planKey).orElseThrow(() -> new PageNotFound(planKey));
        var organization = organizations.organization(planKey, name).orElseThrow(() -> new PageNotFound(name));
        var filter = ProjectFilter.byOrganization(name);
        model.addAttribute("overview", overview);
        model.addAttribute("organization", organization);
        model.addAttribute("rows", projects.all(planKey, filter, ProjectOrder.byNumber()));
        model.addAttribute("totals", projects.totals(planKey, filter));
        model.addAttribute("columns", YearColumn.of(overview.years(), null));
        model.addAttribute("query", ListQuery.ofOrganization(name));
        return "organizations/show";
    }
}

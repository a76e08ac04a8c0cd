package jp.shinko.web;

import java.util.List;
import jp.shinko.store.OrganizationQueries;
import jp.shinko.store.PlanOverview;
import jp.shinko.store.PlanQueries;
import jp.shinko.store.PlanRepository;
import jp.shinko.store.ProjectQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only JSON API, version 1, documented in /api/v1/openapi.json. Project lists take the
 * same query parameters as the project list page.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ApiController {

    static final int MAX_PAGE_SIZE = 500;

    private final PlanRepository repository;
    private final PlanQueries plans;
    private final ProjectQueries projects;
    private final OrganizationQueries organizations;

    ApiController(PlanRepository repository, PlanQueries plans, ProjectQueries projects,
                  OrganizationQueries organizations) {
        this.repository = repository;
        this.plans = plans;
        this.projects = projects;
        this.organizations = organizations;
    }

    @GetMapping("/plans")
    List<ApiBodies.PlanEntry> plans() {
        return repository.plans().stream().map(ApiBodies.PlanEntry::of).toList();
    }

    @GetMapping("/plans/{planKey}")
    ApiBodies.Plan plan(@PathVariable String planKey) {
        return ApiBodies.Plan.of(overview(planKey));
    }

    @GetMapping("/plans/{planKey}/nodes")
    List<ApiBodies.NodeTotals> nodes(@PathVariable String planKey) {
        return overview(planKey).nodes().stream().map(ApiBodies.NodeTotals::of).toList();
    }

    @GetMapping("/plans/{planKey}/projects")
    ApiBodies.ProjectList projects(@PathVariable String planKey, @ModelAttribute ListQuery query,
                                   @RequestParam(defaultValue = "50") int size) {
        var overview = overview(planKey);
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        var slice = projects.page(planKey, query.filter(), query.order(overview.years()), query.pageNumber(), pageSize);
        return ApiBodies.ProjectList.of(planKey, slice.rows(), slice.total(), slice.page(), pageSize);
    }

    @GetMapping("/plans/{planKey}/projects/{projectKey}")
    ApiBodies.Project project(@PathVariable String planKey, @PathVariable String projectKey) {
        return projects.project(planKey, projectKey).map(d -> ApiBodies.Project.of(planKey, d))
                .orElseThrow(() -> new PageNotFound(projectKey));
    }

    @GetMapping("/plans/{planKey}/organizations")
    List<ApiBodies.Organization> organizations(@PathVariable String planKey) {
        if (!plans.exists(planKey)) {
            throw new PageNotFound(planKey);
        }
        return organizations.organizations(planKey).stream().map(ApiBodies.Organization::of).toList();
    }

    @GetMapping("/plans/{planKey}/organizations/{name}")
    ApiBodies.Organization organization(@PathVariable String planKey, @PathVariable String name) {
        return organizations.organization(planKey, name).map(ApiBodies.Organization::of)
                .orElseThrow(() -> new PageNotFound(name));
    }

    private PlanOverview overview(String planKey) {
        return plans.overview(planKey).orElseThrow(() -> new PageNotFound(planKey));
    }
}

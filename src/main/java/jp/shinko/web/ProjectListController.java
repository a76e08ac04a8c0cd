package jp.shinko.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import jp.shinko.store.OrganizationQueries;
import jp.shinko.store.PlanOverview;
import jp.shinko.store.PlanQueries;
import jp.shinko.store.ProjectQueries;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A plan's project list with filters, sorting and paging in the URL, and its CSV and JSON downloads. */
@Controller
class ProjectListController {

    private final PlanQueries plans;
    private final ProjectQueries projects;
    private final OrganizationQueries organizations;
    private final ProjectCsv csv;

    ProjectListController(PlanQueries plans, ProjectQueries projects, OrganizationQueries organizations,
                          ProjectCsv csv) {
        this.plans = plans;
        this.projects = projects;
        this.organizations = organizations;
        this.csv = csv;
    }

    @GetMapping("/plans/{planKey}/projects")
    String list(@PathVariable String planKey, @ModelAttribute("query") ListQuery query, Model model) {
        var overview = overview(planKey);
        var columns = YearColumn.shown(overview.years(), query.shownYears(overview.years()));
        var requested = query.order(overview.years());
        var order = query.shownOrder(overview.years(), columns);
        var slice = projects.page(planKey, query.filter(), order, query.pageNumber(), ListQuery.PAGE_SIZE);
        var outlooks = new LinkedHashSet<String>();
        overview.years().forEach(y -> outlooks.addAll(y.outlooks().keySet()));
        model.addAttribute("overview", overview);
        model.addAttribute("order", order);
        model.addAttribute("slice", slice);
        model.addAttribute("totals", projects.totals(planKey, query.filter()));
        model.addAttribute("columns", columns);
        model.addAttribute("sortReset", !requested.equals(order));
        model.addAttribute("organizations", organizations.organizations(planKey));
        model.addAttribute("outlooks", outlooks);
        return "projects/list";
    }

    @GetMapping("/plans/{planKey}/projects.csv")
    ResponseEntity<byte[]> csv(@PathVariable String planKey, @ModelAttribute ListQuery query,
                               @RequestParam(defaultValue = "false") boolean bom) {
        var overview = overview(planKey);
        var columns = YearColumn.shown(overview.years(), query.shownYears(overview.years()));
        var rows = projects.all(planKey, query.filter(), query.shownOrder(overview.years(), columns));
        var text = csv.write(overview, columns, rows);
        var bytes = ((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(planKey + "-projects.csv"))
                .body(bytes);
    }

    @GetMapping("/plans/{planKey}/projects.json")
    ResponseEntity<ApiBodies.ProjectList> json(@PathVariable String planKey, @ModelAttribute ListQuery query) {
        var overview = overview(planKey);
        var rows = projects.all(planKey, query.filter(), query.order(overview.years()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(planKey + "-projects.json"))
                .body(ApiBodies.ProjectList.of(planKey, rows, rows.size(), 1, Math.max(1, rows.size())));
    }

    private PlanOverview overview(String planKey) {
        return plans.overview(planKey).orElseThrow(() -> new PageNotFound(planKey));
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}

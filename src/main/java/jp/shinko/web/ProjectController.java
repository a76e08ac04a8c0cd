package jp.shinko.web;

import java.util.ArrayList;
import jp.shinko.store.PlanQueries;
import jp.shinko.store.PlanRepository;
import jp.shinko.store.ProjectDetail;
import jp.shinko.store.ProjectQueries;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A project's page: every field of every year side by side, its placements and the source lines. */
@Controller
class ProjectController {

    private final PlanQueries plans;
    private final ProjectQueries projects;
    private final PlanRepository repository;
    private final MessageSource messages;
    private final NodeLabel nodeLabel;
    private final YearText yearText;

    ProjectController(PlanQueries plans, ProjectQueries projects, PlanRepository repository,
                      MessageSource messages, NodeLabel nodeLabel, YearText yearText) {
        this.plans = plans;
        this.projects = projects;
        this.repository = repository;
        this.messages = messages;
        this.nodeLabel = nodeLabel;
        this.yearText = yearText;
    }

    @GetMapping("/plans/{planKey}/projects/{projectKey}")
    String project(@PathVariable String planKey, @PathVariable String projectKey, Model model) {
        var overview = plans.overview(planKey).orElseThrow(() -> new PageNotFound(planKey));
        var detail = projects.project(planKey, projectKey).orElseThrow(() -> new PageNotFound(projectKey));
        model.addAttribute("overview", overview);
        model.addAttribute("detail", detail);
        model.addAttribute("project", detail.project());
        model.addAttribute("excerpts", excerpts(detail));
        model.addAttribute("moneyTable", MoneyTable.of(detail.years(), yearText));
        return "projects/show";
    }

    private java.util.List<SourceExcerpt> excerpts(ProjectDetail detail) {
        var locale = LocaleContextHolder.getLocale();
        var facts = new ArrayList<SourceExcerpt.Labelled>();
        for (var p : detail.placements()) {
            var kind = messages.getMessage(p.placement().primary() ? "project.placement.primary"
                    : "project.placement.relisted", null, locale);
            facts.add(new SourceExcerpt.Labelled(kind + " " + nodeLabel.code(p.placement().node()),
                    p.placement().provenance()));
        }
        for (var r : detail.years()) {
            facts.add(new SourceExcerpt.Labelled(yearText.of(r.year()), r.provenance()));
        }
        return SourceExcerpt.of(facts, sha -> detail.source(sha).orElse(null), repository::sourceLines);
    }
}

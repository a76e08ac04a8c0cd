package jp.shinko.web;

import jp.shinko.store.PlanQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A plan's page: its policy tree with projects and money per node, 重点事項 and the evaluation legend. */
@Controller
class PlanController {

    private final PlanQueries plans;

    PlanController(PlanQueries plans) {
        this.plans = plans;
    }

    @GetMapping("/plans/{planKey}")
    String plan(@PathVariable String planKey, Model model) {
        var overview = plans.overview(planKey).orElseThrow(() -> new PageNotFound(planKey));
        model.addAttribute("overview", overview);
        model.addAttribute("tree", TreeNode.of(overview.nodes()));
        model.addAttribute("columns", YearColumn.money(overview.years()));
        return "plans/show";
    }
}

package jp.shinko.web;

import jp.shinko.store.PlanQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A plan's trends over its fiscal years: the plan's totals, each top-level node's money and the
 * evaluations given per year; each chart is drawn from the table beside it.
 */
@Controller
class TrendsController {

    private final PlanQueries plans;

    TrendsController(PlanQueries plans) {
        this.plans = plans;
    }

    @GetMapping("/plans/{planKey}/trends")
    String trends(@PathVariable String planKey, Model model) {
        var overview = plans.overview(planKey).orElseThrow(() -> new PageNotFound(planKey));
        model.addAttribute("overview", overview);
        model.addAttribute("tops", overview.nodes().stream().filter(n -> n.node().level() == 1).toList());
        model.addAttribute("columns", YearColumn.money(overview.years()));
        return "trends/show";
    }
}

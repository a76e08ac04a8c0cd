package jp.shinko.web;

import jp.shinko.compare.Comparisons;
import jp.shinko.store.PlanQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The theme taxonomy, and each project's themes with the reasons, read-only. */
@Controller
class ThemeController {

    private final Comparisons comparisons;
    private final PlanQueries plans;

    ThemeController(Comparisons comparisons, PlanQueries plans) {
        this.comparisons = comparisons;
        this.plans = plans;
    }

    @GetMapping("/themes")
    String themes(Model model) {
        model.addAttribute("themes", comparisons.themes());
        return "compare/themes";
    }

    @GetMapping("/plans/{planKey}/themes")
    String planThemes(@PathVariable String planKey, Model model) {
        var overview = plans.overview(planKey).orElseThrow(() -> new PageNotFound(planKey));
        model.addAttribute("overview", overview);
        model.addAttribute("themes", comparisons.themes());
        model.addAttribute("projects", comparisons.projectThemes(planKey));
        return "compare/plan-themes";
    }
}

package jp.shinko.web;

import jp.shinko.compare.Comparisons;
import jp.shinko.store.PlanQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.bind.annotation.PathVariable;

/** The theme taxonomy, each project's themes with the reasons, and a coordinator's override. */
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

    /** A coordinator's choice of a project's themes; it wins over the automatic ones and is kept with who and when. */
    @PostMapping("/plans/{planKey}/projects/{projectKey}/themes")
    String override(@PathVariable String planKey, @PathVariable String projectKey,
                    @RequestParam(name = "theme", required = false) List<String> themes, Principal user) {
        if (comparisons.projectThemes(planKey, projectKey).isEmpty()) {
            throw new PageNotFound(projectKey);
        }
        comparisons.override(planKey, projectKey, themes == null ? List.of() : themes, user.getName());
        return "redirect:" + UriComponentsBuilder.fromPath("/plans/{plan}/projects/{project}")
                .fragment("themes").buildAndExpand(planKey, projectKey).encode().toUriString();
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

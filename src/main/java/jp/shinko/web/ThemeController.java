package jp.shinko.web;

import java.util.List;
import jp.shinko.compare.Comparisons;
import jp.shinko.compare.OverrideThemes;
import jp.shinko.store.PlanQueries;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The theme taxonomy, each project's themes with the reasons, and a coordinator's override. */
@Controller
class ThemeController {

    private final Comparisons comparisons;
    private final PlanQueries plans;
    private final OverrideThemes overrideThemes;
    private final CycleActors actors;
    private final CycleMessages messages;

    ThemeController(Comparisons comparisons, PlanQueries plans, OverrideThemes overrideThemes, CycleActors actors,
                    CycleMessages messages) {
        this.comparisons = comparisons;
        this.plans = plans;
        this.overrideThemes = overrideThemes;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/themes")
    String themes(Model model) {
        model.addAttribute("themes", comparisons.themes());
        return "compare/themes";
    }

    /** A coordinator's choice of a project's themes; it wins over the automatic ones and goes into the audit trail. */
    @PostMapping("/plans/{planKey}/projects/{projectKey}/themes")
    String override(Authentication authentication, @PathVariable String planKey, @PathVariable String projectKey,
                    @RequestParam(name = "theme", required = false) List<String> themes,
                    @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        var outcome = overrideThemes.run(actors.current(authentication), planKey, projectKey,
                themes == null ? List.of() : themes, reason);
        var url = UriComponentsBuilder.fromPath("/plans/{plan}/projects/{project}")
                .fragment("themes").buildAndExpand(planKey, projectKey).encode().toUriString();
        return CycleOutcomes.redirect(outcome, flash, messages, url, url);
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

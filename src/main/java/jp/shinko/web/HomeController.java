package jp.shinko.web;

import jp.shinko.cycle.RoundQueries;
import jp.shinko.store.PlanRepository;
import jp.shinko.store.PlanSummaryRow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: municipalities and their plans, with counts and totals per fiscal year. */
@Controller
class HomeController {

    private final PlanRepository plans;
    private final RoundQueries rounds;

    HomeController(PlanRepository plans, RoundQueries rounds) {
        this.plans = plans;
        this.rounds = rounds;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("plans", plans.plans().stream().map(this::publishedOnly).toList());
        return "home";
    }

    /** A year whose annual round is still open holds drafts: the public page leaves it out until published. */
    private PlanSummaryRow publishedOnly(PlanSummaryRow row) {
        var open = rounds.unpublishedYears(row.planKey());
        if (open.isEmpty()) {
            return row;
        }
        var years = new java.util.TreeMap<>(row.years());
        open.forEach(years::remove);
        return new PlanSummaryRow(row.municipality(), row.planKey(), row.planTitle(), years);
    }
}

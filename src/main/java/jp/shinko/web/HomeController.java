package jp.shinko.web;

import jp.shinko.store.PlanRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: municipalities and their plans, with counts and totals per published fiscal year. */
@Controller
class HomeController {

    private final PlanRepository plans;

    HomeController(PlanRepository plans) {
        this.plans = plans;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("plans", plans.plans());
        return "home";
    }
}

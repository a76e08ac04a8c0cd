package jp.shinko.web;

import jp.shinko.plan.FiscalYear;
import jp.shinko.store.SummaryQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A plan's summaries page: money and evaluations per top-level node and organization, and year-over-year changes. */
@Controller
class SummaryController {

    private final SummaryQueries summaries;

    SummaryController(SummaryQueries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/plans/{planKey}/summaries")
    String summaries(@PathVariable String planKey, @RequestParam(required = false) String year, Model model) {
        var summary = summaries.summaries(planKey, fiscalYear(year)).orElseThrow(() -> new PageNotFound(planKey));
        model.addAttribute("s", summary);
        return "summaries/show";
    }

    /** A year that is not a number shows the latest year rather than an error. */
    private static FiscalYear fiscalYear(String year) {
        if (year == null || !year.matches("\\d{4}")) {
            return null;
        }
        return FiscalYear.of(Integer.parseInt(year));
    }
}

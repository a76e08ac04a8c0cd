package jp.shinko.web;

import java.nio.charset.StandardCharsets;
import jp.shinko.plan.FiscalYear;
import jp.shinko.store.YearOverYearQueries;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A plan's year-over-year page ({@code /plans/{plan}/changes?year=N}): new, ended, merged and
 * renamed projects, budgets up and down, evaluations and contents changed; the same as CSV and in
 * the API ({@code /api/v1/plans/{plan}/changes}).
 */
@Controller
class ChangesController {

    private final YearOverYearQueries changes;
    private final ChangesCsv csv;

    ChangesController(YearOverYearQueries changes, ChangesCsv csv) {
        this.changes = changes;
        this.csv = csv;
    }

    @GetMapping("/plans/{planKey}/changes")
    String page(@PathVariable String planKey, @RequestParam(required = false) String year, Model model) {
        model.addAttribute("c", load(planKey, year));
        return "changes/show";
    }

    @GetMapping("/plans/{planKey}/changes.csv")
    ResponseEntity<byte[]> csv(@PathVariable String planKey, @RequestParam(required = false) String year) {
        var loaded = load(planKey, year);
        var body = csv.write(loaded).getBytes(StandardCharsets.UTF_8);
        var name = planKey + "-changes" + (loaded.changes() == null ? "" : "-" + loaded.changes().year().year()) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }

    @GetMapping(path = "/api/v1/plans/{planKey}/changes", produces = "application/json")
    @ResponseBody
    ChangesBody api(@PathVariable String planKey, @RequestParam(required = false) String year) {
        return ChangesBody.of(load(planKey, year));
    }

    private YearOverYearQueries.PlanChanges load(String planKey, String year) {
        return changes.changes(planKey, fiscalYear(year)).orElseThrow(() -> new PageNotFound(planKey));
    }

    /** A year that is not a number shows the latest year rather than an error. */
    private static FiscalYear fiscalYear(String year) {
        if (year == null || !year.matches("\\d{4}")) {
            return null;
        }
        return FiscalYear.of(Integer.parseInt(year));
    }
}

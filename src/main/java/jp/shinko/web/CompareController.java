package jp.shinko.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jp.shinko.compare.Comparison;
import jp.shinko.compare.Comparisons;
import jp.shinko.compare.PlanColumn;
import jp.shinko.compare.PlanYearRef;
import jp.shinko.compare.ThemeCell;
import jp.shinko.store.PlanRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Plans of several municipalities side by side by common theme, as a page and as CSV. */
@Controller
class CompareController {

    private final Comparisons comparisons;
    private final PlanRepository plans;
    private final MessageSource messages;

    CompareController(Comparisons comparisons, PlanRepository plans, MessageSource messages) {
        this.comparisons = comparisons;
        this.plans = plans;
        this.messages = messages;
    }

    @GetMapping("/compare")
    String compare(@RequestParam(required = false) String plans, Model model) {
        var available = this.plans.plans();
        model.addAttribute("available", available);
        model.addAttribute("selected", plans == null ? "" : plans);
        var refs = plans == null || plans.isBlank()
                ? available.stream().map(p -> new PlanYearRef(p.planKey(), null)).toList()
                : PlanYearRef.parseList(plans);
        if (refs.size() < 2) {
            model.addAttribute("problem", msg("compare.needTwo"));
            return "compare/show";
        }
        try {
            var comparison = comparisons.compare(refs);
            model.addAttribute("comparison", comparison);
            model.addAttribute("maxShare", comparison.columns().stream().flatMap(c -> c.cells().stream())
                    .mapToDouble(ThemeCell::share).max().orElse(1));
            model.addAttribute("query", query(comparison));
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "compare/show";
    }

    @GetMapping(value = "/compare.csv")
    ResponseEntity<String> csv(@RequestParam String plans) {
        var comparison = comparisons.compare(PlanYearRef.parseList(plans));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"compare.csv\"")
                .body(write(comparison));
    }

    static String query(Comparison comparison) {
        return String.join(",", comparison.columns().stream().map(c -> c.planKey() + ":" + c.fiscalYear()).toList());
    }

    /** One row per plan and theme; a project with several themes is in each of its rows. */
    private String write(Comparison comparison) {
        var out = new StringWriter();
        try (var csv = jp.shinko.csv.CsvWriter.of(out)) {
            csv.row(msg("compare.csv.municipality"), msg("compare.csv.plan"), msg("compare.csv.year"),
                    msg("compare.csv.themeCode"), msg("compare.csv.theme"), msg("compare.csv.projects"),
                    msg("compare.csv.budget"), msg("compare.csv.share"), msg("compare.csv.new"),
                    msg("compare.csv.ending"), msg("compare.csv.perResident"), msg("compare.csv.perBusiness"));
            for (PlanColumn column : comparison.columns()) {
                for (ThemeCell cell : column.cells()) {
                    var name = comparison.themes().stream().filter(t -> t.code().equals(cell.theme()))
                            .map(t -> t.name()).findFirst().orElse(msg("compare.noTheme"));
                    var row = new ArrayList<Object>(List.of(column.municipality(), column.planKey(), column.fiscalYear(),
                            cell.theme(), name, cell.projects(), cell.budgetThousandYen(),
                            String.format(java.util.Locale.ROOT, "%.4f", cell.share()), cell.newProjects(),
                            cell.endingProjects()));
                    row.add(cell.yenPerResident() == null ? "" : cell.yenPerResident());
                    row.add(cell.yenPerBusiness() == null ? "" : cell.yenPerBusiness());
                    csv.row(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}

package jp.shinko.web;

import java.util.List;
import jp.shinko.compare.Comparison;
import jp.shinko.compare.Comparisons;
import jp.shinko.compare.PlanYearRef;
import jp.shinko.compare.SimilarProject;
import jp.shinko.compare.Theme;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The comparison by theme, the taxonomy and similar projects over the JSON API. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class CompareApiController {

    private final Comparisons comparisons;

    CompareApiController(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/compare")
    Comparison compare(@RequestParam String plans) {
        var refs = PlanYearRef.parseList(plans);
        if (refs.size() < 2) {
            throw new IllegalArgumentException("比べるには計画を2つ以上指定してください");
        }
        return comparisons.compare(refs);
    }

    @GetMapping("/themes")
    List<Theme> themes() {
        return comparisons.themes();
    }

    @GetMapping("/plans/{planKey}/projects/{projectKey}/similar")
    List<SimilarProject> similar(@PathVariable String planKey, @PathVariable String projectKey) {
        return comparisons.similar(planKey, projectKey, 10);
    }
}

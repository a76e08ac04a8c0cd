package jp.shinko.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import jp.shinko.store.PlanRepository;
import org.springframework.stereotype.Service;

/** Entry point: the taxonomy, each project's themes, similar projects and comparisons of plans. */
@Service
public class Comparisons {

    private final PlanRepository plans;
    private final ThemeStore store;
    private final ThemeRules rules = ThemeRules.builtIn();
    private final ThemeClassifier classifier = new ThemeClassifier(rules);
    /** Keyed by the imported sources' checksums, so a re-import builds a fresh index. */
    private final Map<String, SimilarityIndex> indexes = new ConcurrentHashMap<>();

    public Comparisons(PlanRepository plans, ThemeStore store) {
        this.plans = plans;
        this.store = store;
    }

    /** The themes in use, in their order: the rows of a comparison and the choices of an override. */
    public List<Theme> themes() {
        return store.themes();
    }

    /** A theme by its code, retired or not. */
    public Optional<Theme> theme(String code) {
        return store.allThemes().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The theme's name (also of a retired theme), or the code itself for a code not in the taxonomy. */
    public String themeName(String code) {
        return theme(code).map(Theme::name).orElse(code);
    }

    /** Every theme, retired ones included, with its automatic rule and the projects that chose it by override. */
    public List<TaxonomyEntry> taxonomy() {
        var retired = store.retiredCodes();
        var overridden = store.overriddenPlans().stream().flatMap(plan -> projectThemes(plan).stream())
                .filter(p -> p.override().isPresent()).toList();
        return store.allThemes().stream().map(t -> new TaxonomyEntry(t, retired.contains(t.code()), ruleTerms(t.code()),
                overridden.stream().filter(p -> p.override().get().newThemes().contains(t.code())).toList())).toList();
    }

    /** The number of terms that assign the theme automatically; 0 for a theme added in the app. */
    public int ruleTerms(String code) {
        return (int) rules.terms().stream().filter(t -> t.theme().equals(code)).count();
    }

    /** Every project of a plan with its automatic and effective themes, in the plan's order. */
    public List<ProjectThemes> projectThemes(String planKey) {
        return plans.load(planKey).map(this::projectThemes).orElse(List.of());
    }

    public Optional<ProjectThemes> projectThemes(String planKey, String projectKey) {
        return projectThemes(planKey).stream().filter(p -> p.projectKey().equals(projectKey)).findFirst();
    }

    /** Projects of other municipalities that read like this one, best first. */
    public List<SimilarProject> similar(String planKey, String projectKey, int limit) {
        // The key is read cheaply; plans are loaded only when it changes (a new source or override).
        var sources = plans.sourcesByPlan();
        var key = String.join(",", sources.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue()).sorted().toList())
                + "#" + store.version();
        var index = indexes.computeIfAbsent(key, k -> {
            indexes.clear();
            return buildIndex(sources.keySet().stream().map(plans::load).flatMap(Optional::stream).toList());
        });
        return index.similarTo(planKey, projectKey, limit);
    }

    /** Plans side by side; a plan without a year is shown in its latest year with budgets. */
    public Comparison compare(List<PlanYearRef> refs) {
        var themes = themes();
        var columns = new ArrayList<PlanColumn>();
        for (var ref : refs) {
            var content = plans.load(ref.planKey())
                    .orElseThrow(() -> new IllegalArgumentException("計画が見つかりません: " + ref.planKey()));
            var year = ref.fiscalYear() == null ? PlanComparison.latestBudgetYear(content) : FiscalYear.of(ref.fiscalYear());
            if (!content.years().contains(year)) {
                throw new IllegalArgumentException("計画 " + ref.planKey() + " に " + year.year() + " 年度の記録はありません");
            }
            var byProject = new HashMap<String, List<String>>();
            projectThemes(content).forEach(p -> byProject.put(p.projectKey(), p.effective()));
            columns.add(PlanComparison.column(content, year, themes, byProject,
                    store.figures(content.municipality().code()).orElse(null)));
        }
        return new Comparison(themes, columns);
    }

    public Optional<MunicipalityFigures> figures(String municipalityCode) {
        return store.figures(municipalityCode);
    }

    public void setFigures(MunicipalityFigures figures) {
        store.setFigures(figures);
    }

    private List<ProjectThemes> projectThemes(PlanContent content) {
        var titles = new NodeTitles(content);
        var overrides = store.overrides(content.plan().key());
        // A retired theme is no longer assigned automatically; overrides never hold one (RetireTheme refuses).
        var retired = store.retiredCodes();
        return content.projects().stream().map(p -> new ProjectThemes(content.plan().key(), p.key(), p.name(),
                classifier.classify(p, titles.of(p.key())).stream().filter(m -> !retired.contains(m.theme())).toList(),
                Optional.ofNullable(overrides.get(p.key())))).toList();
    }

    private SimilarityIndex buildIndex(List<PlanContent> all) {
        var entries = new ArrayList<SimilarityIndex.Entry>();
        for (var content : all) {
            for (var themes : projectThemes(content)) {
                var p = content.project(themes.projectKey()).orElseThrow();
                // The latest stated budget answers "with how much money" next to the similar project.
                var latest = content.yearRecords().stream()
                        .filter(r -> r.projectKey().equals(p.key()) && r.budget().isPresent())
                        .max(java.util.Comparator.comparing(jp.shinko.plan.YearRecord::year));
                entries.add(new SimilarityIndex.Entry(content.plan().key(), content.municipality().code(),
                        content.municipality().name(), p.key(), p.name(), p.summary(), new HashSet<>(themes.effective()),
                        latest.map(r -> r.year().year()).orElse(null),
                        latest.map(r -> r.budget().thousandYen()).orElse(null)));
            }
        }
        return new SimilarityIndex(entries);
    }
}

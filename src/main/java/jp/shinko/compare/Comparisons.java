package jp.shinko.compare;

import java.time.LocalDateTime;
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
    private final ThemeClassifier classifier = new ThemeClassifier(ThemeRules.builtIn());
    /** Keyed by the imported sources' checksums, so a re-import builds a fresh index. */
    private final Map<String, SimilarityIndex> indexes = new ConcurrentHashMap<>();

    public Comparisons(PlanRepository plans, ThemeStore store) {
        this.plans = plans;
        this.store = store;
    }

    public List<Theme> themes() {
        return store.themes();
    }

    public Optional<Theme> theme(String code) {
        return themes().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The theme's name, or the code itself if the theme was removed from the taxonomy. */
    public String themeName(String code) {
        return theme(code).map(Theme::name).orElse(code);
    }

    /** Every project of a plan with its automatic and effective themes, in the plan's order. */
    public List<ProjectThemes> projectThemes(String planKey) {
        return plans.load(planKey).map(this::projectThemes).orElse(List.of());
    }

    public Optional<ProjectThemes> projectThemes(String planKey, String projectKey) {
        return projectThemes(planKey).stream().filter(p -> p.projectKey().equals(projectKey)).findFirst();
    }

    /** Records a coordinator's choice of themes for a project; the newest choice wins. */
    public void override(String planKey, String projectKey, List<String> themes, String user) {
        var current = projectThemes(planKey, projectKey)
                .orElseThrow(() -> new IllegalArgumentException("事業が見つかりません: " + projectKey));
        var known = new HashSet<String>();
        themes().forEach(t -> known.add(t.code()));
        if (!known.containsAll(themes)) {
            throw new IllegalArgumentException("未登録のテーマがあります: " + themes);
        }
        store.override(new ThemeOverride(planKey, projectKey, current.effective(), themes, user, LocalDateTime.now()));
    }

    /** Projects of other municipalities that read like this one, best first. */
    public List<SimilarProject> similar(String planKey, String projectKey, int limit) {
        // The key is read cheaply; plans are loaded only when it changes (a new source or override).
        var sources = plans.sourcesByPlan();
        var key = String.join(",", sources.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue()).sorted().toList())
                + "#" + sources.keySet().stream().mapToInt(k -> store.overrides(k).size()).sum();
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
        return content.projects().stream().map(p -> new ProjectThemes(content.plan().key(), p.key(), p.name(),
                classifier.classify(p, titles.of(p.key())), Optional.ofNullable(overrides.get(p.key())))).toList();
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

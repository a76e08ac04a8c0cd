package jp.shinko.compare;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.shinko.audit.AuditTrail;
import jp.shinko.plan.FiscalYear;
import jp.shinko.store.PlanRepository;
import jp.shinko.store.PublishedPlanChanged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Entry point: the taxonomy, each project's themes, similar projects and comparisons of plans. */
@Service
public class Comparisons {

    private final PlanRepository plans;
    private final ThemeStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final ThemeRules rules = ThemeRules.builtIn();
    private final ThemeClassifier classifier = new ThemeClassifier(rules);
    /** Per plan, its texts with the stamp they were read at (source checksum and publication count). */
    private final Map<String, Stamped<PlanTexts>> texts = new ConcurrentHashMap<>();
    /** Per plan, how often its published content changed in this process (a round published, a correction). */
    private final Map<String, Long> publications = new ConcurrentHashMap<>();
    private volatile Stamped<SimilarityIndex> index;
    private final Object indexLock = new Object();

    private record Stamped<T>(String stamp, T value) {
    }

    Comparisons(PlanRepository plans, ThemeStore store, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
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
        var source = plans.sourcesByPlan().get(planKey);
        return source == null ? List.of() : projectThemes(texts(planKey, source));
    }

    /** A change to what the public sees of a plan, after its commit: its texts are read again when next needed. */
    @TransactionalEventListener(fallbackExecution = true)
    void publishedPlanChanged(PublishedPlanChanged event) {
        publications.merge(event.planKey(), 1L, Long::sum);
    }

    /** The plan's texts, read again only when its source or publication count changed since they were read. */
    private PlanTexts texts(String planKey, String sourceSha256) {
        var stamp = sourceSha256 + "#" + publications.getOrDefault(planKey, 0L);
        var held = texts.get(planKey);
        if (held != null && held.stamp().equals(stamp)) {
            return held.value();
        }
        var read = plans.load(planKey).map(PlanTexts::of).orElse(null);
        if (read == null) {
            texts.remove(planKey);
            return new PlanTexts(planKey, "", "", List.of());
        }
        texts.put(planKey, new Stamped<>(stamp, read));
        return read;
    }

    public Optional<ProjectThemes> projectThemes(String planKey, String projectKey) {
        return projectThemes(planKey).stream().filter(p -> p.projectKey().equals(projectKey)).findFirst();
    }

    /** Projects of other municipalities that read like this one, best first. */
    public List<SimilarProject> similar(String planKey, String projectKey, int limit) {
        // The stamp is read cheaply; only plans whose stamp changed are read again, and the index is
        // rebuilt from the held texts (no re-tokenizing) when any stamp or theme decision changed.
        var sources = plans.sourcesByPlan();
        var stamp = new StringBuilder(store.version());
        sources.forEach((key, sha) -> stamp.append(',').append(key).append('@').append(sha)
                .append('#').append(publications.getOrDefault(key, 0L)));
        var held = index;
        if (held == null || !held.stamp().equals(stamp.toString())) {
            // One request builds it; the others wait for it instead of building it again each.
            synchronized (indexLock) {
                held = index;
                if (held == null || !held.stamp().equals(stamp.toString())) {
                    held = new Stamped<>(stamp.toString(), buildIndex(sources));
                    index = held;
                }
            }
        }
        return held.value().similarTo(planKey, projectKey, limit);
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
            projectThemes(ref.planKey()).forEach(p -> byProject.put(p.projectKey(), p.effective()));
            columns.add(PlanComparison.column(content, year, themes, byProject,
                    store.figures(content.municipality().code()).orElse(null)));
        }
        return new Comparison(themes, columns);
    }

    public Optional<MunicipalityFigures> figures(String municipalityCode) {
        return store.figures(municipalityCode);
    }

    /** Records a municipality's figures, audited like every other change (who, when, old → new). */
    @Transactional
    public void setFigures(MunicipalityFigures figures) {
        var before = store.figures(figures.municipalityCode()).orElse(null);
        store.setFigures(figures);
        var scope = AuditTrail.Scope.of(figures.enteredBy(), clock.instant(), "SET_FIGURES", null, null, null)
                .withSubject(figures.municipalityCode());
        audit.change(scope, "population", text(before == null ? null : before.population()), text(figures.population()));
        audit.change(scope, "populationAsOf", before == null ? null : before.populationAsOf(), figures.populationAsOf());
        audit.change(scope, "businesses", text(before == null ? null : before.businesses()), text(figures.businesses()));
        audit.change(scope, "businessesAsOf", before == null ? null : before.businessesAsOf(), figures.businessesAsOf());
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }

    private List<ProjectThemes> projectThemes(PlanTexts plan) {
        var overrides = store.overrides(plan.planKey());
        // A retired theme is no longer assigned automatically; overrides never hold one (RetireTheme refuses).
        var retired = store.retiredCodes();
        return plan.items().stream().map(i -> new ProjectThemes(plan.planKey(), i.project().key(), i.project().name(),
                classifier.classify(i.project(), i.nodeTitles()).stream().filter(m -> !retired.contains(m.theme())).toList(),
                Optional.ofNullable(overrides.get(i.project().key())))).toList();
    }

    private SimilarityIndex buildIndex(Map<String, String> sources) {
        var entries = new ArrayList<SimilarityIndex.Entry>();
        var terms = new ArrayList<Map<String, Integer>>();
        sources.forEach((key, sha) -> {
            var plan = texts(key, sha);
            var themes = projectThemes(plan);
            for (int i = 0; i < plan.items().size(); i++) {
                var item = plan.items().get(i);
                var p = item.project();
                entries.add(new SimilarityIndex.Entry(plan.planKey(), plan.municipalityCode(), plan.municipality(),
                        p.key(), p.name(), p.summary(), new HashSet<>(themes.get(i).effective()),
                        item.budgetYear(), item.budgetThousandYen()));
                terms.add(item.terms());
            }
        });
        return new SimilarityIndex(entries, terms);
    }
}

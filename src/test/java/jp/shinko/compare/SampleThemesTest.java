package jp.shinko.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;
import org.junit.jupiter.api.Test;

/** Themes and similar projects on the two sample plans. */
class SampleThemesTest {

    private static final ThemeClassifier CLASSIFIER = new ThemeClassifier(ThemeRules.builtIn());

    static Set<String> themes(PlanContent plan, Project project) {
        return CLASSIFIER.classify(project, new NodeTitles(plan).of(project.key())).stream()
                .map(ThemeMatch::theme).collect(Collectors.toSet());
    }

    static SimilarityIndex index() {
        var entries = new ArrayList<SimilarityIndex.Entry>();
        for (var plan : SamplePlans.both()) {
            for (var p : plan.projects()) {
                entries.add(new SimilarityIndex.Entry(plan.plan().key(), plan.municipality().code(),
                        plan.municipality().name(), p.key(), p.name(), p.summary(), themes(plan, p), null, null));
            }
        }
        return new SimilarityIndex(entries);
    }

    private static PlanContent kagoshima() {
        return SamplePlans.both().get(0);
    }

    private static PlanContent kumamoto() {
        return SamplePlans.both().get(1);
    }

    private static Project named(PlanContent plan, String name) {
        return plan.projects().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void successionProjectsOfBothCitiesShareTheSuccessionTheme() {
        var kumamoto = named(kumamoto(), "事業承継・引継ぎ支援事業");
        assertThat(themes(kumamoto(), kumamoto)).contains("succession");
        var kagoshimaSuccession = kagoshima().projects().stream()
                .filter(p -> themes(kagoshima(), p).contains("succession")).map(Project::name).toList();
        assertThat(kagoshimaSuccession).contains("事業承継円滑化支援", "事業承継等コンサルティング推進事業");
    }

    @Test
    void semiconductorAttractionIsAboutLocatingFirms() {
        var project = named(kumamoto(), "半導体関連企業誘致強化事業");
        var matches = CLASSIFIER.classify(project, new NodeTitles(kumamoto()).of(project.key()));
        assertThat(matches.get(0).theme()).isEqualTo("location");
        assertThat(matches.get(0).evidence()).extracting(Evidence::term).contains("企業誘致");
    }

    @Test
    void inboundTourismProjectsOfBothCitiesAreEachOthersSimilarProjects() {
        var index = index();
        List<String> fromKumamoto = index.similarTo("kumamoto-chusho", "インバウンド誘客対策経費", 5).stream()
                .map(SimilarProject::name).toList();
        assertThat(fromKumamoto).contains("外国人観光客受入事業");
        var inboundKey = named(kagoshima(), "外国人観光客受入事業").key();
        var fromKagoshima = index.similarTo("kagoshima-shokogyo", inboundKey, 5);
        assertThat(fromKagoshima).extracting(SimilarProject::name).contains("インバウンド誘客対策経費");
        assertThat(fromKagoshima).allSatisfy(s -> assertThat(s.planKey()).isEqualTo("kumamoto-chusho"));
        var match = fromKagoshima.stream().filter(s -> s.name().equals("インバウンド誘客対策経費")).findFirst().orElseThrow();
        assertThat(match.sharedThemes()).contains("tourism");
        assertThat(match.sharedTerms()).isNotEmpty();
    }
}

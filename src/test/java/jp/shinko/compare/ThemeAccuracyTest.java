package jp.shinko.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.shinko.plan.PlanContent;
import org.junit.jupiter.api.Test;

/**
 * Automatic themes against the hand labels: precision and recall per theme, micro-averaged F1,
 * over all labels and per plan. Prints the table that docs/themes.md quotes.
 */
class ThemeAccuracyTest {

    private final ThemeClassifier classifier = new ThemeClassifier(ThemeRules.builtIn());

    @Test
    void everyLabelNamesARealProjectAndAKnownTheme() {
        var labels = ThemeLabels.all();
        assertThat(labels).hasSizeGreaterThanOrEqualTo(80);
        var codes = ThemeRules.builtIn().terms().stream().map(ThemeTerm::theme).collect(Collectors.toSet());
        for (var label : labels) {
            assertThat(plan(label.plan()).project(label.project())).as(label.project()).isPresent();
            assertThat(codes).containsAll(label.themes());
        }
    }

    @Test
    void automaticThemesAgreeWithTheHandLabels() {
        var all = score(ThemeLabels.all());
        var kagoshima = score(ThemeLabels.all().stream().filter(l -> l.plan().startsWith("kagoshima")).toList());
        var kumamoto = score(ThemeLabels.all().stream().filter(l -> l.plan().startsWith("kumamoto")).toList());
        System.out.println(all.table());
        System.out.printf("micro F1: all %.3f, kagoshima %.3f, kumamoto %.3f%n",
                all.microF1(), kagoshima.microF1(), kumamoto.microF1());
        assertThat(all.microF1()).isGreaterThanOrEqualTo(0.89);
        assertThat(kagoshima.microF1()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(kumamoto.microF1()).isGreaterThanOrEqualTo(FLOOR);
    }

    static final double FLOOR = 0.85;

    private Counts score(List<ThemeLabels> labels) {
        var counts = new Counts();
        for (var label : labels) {
            var content = plan(label.plan());
            var project = content.project(label.project()).orElseThrow();
            Set<String> predicted = classifier.classify(project, new NodeTitles(content).of(project.key())).stream()
                    .map(ThemeMatch::theme).collect(Collectors.toSet());
            counts.add(label.themes(), predicted, label.project());
        }
        return counts;
    }

    private static PlanContent plan(String key) {
        return SamplePlans.both().stream().filter(p -> p.plan().key().equals(key)).findFirst().orElseThrow();
    }

    /** True/false positives and false negatives per theme. */
    static final class Counts {
        final Map<String, int[]> perTheme = new TreeMap<>();

        void add(Set<String> truth, Set<String> predicted, String project) {
            for (var t : predicted) {
                var c = perTheme.computeIfAbsent(t, k -> new int[3]);
                if (truth.contains(t)) {
                    c[0]++;
                } else {
                    c[1]++;
                    System.out.println("FP " + t + " " + project);
                }
            }
            for (var t : truth) {
                if (!predicted.contains(t)) {
                    perTheme.computeIfAbsent(t, k -> new int[3])[2]++;
                    System.out.println("FN " + t + " " + project);
                }
            }
        }

        double microF1() {
            int tp = 0, fp = 0, fn = 0;
            for (var c : perTheme.values()) {
                tp += c[0];
                fp += c[1];
                fn += c[2];
            }
            return 2.0 * tp / (2.0 * tp + fp + fn);
        }

        String table() {
            var out = new StringBuilder("| theme | TP | FP | FN | precision | recall |\n|---|---|---|---|---|---|\n");
            perTheme.forEach((t, c) -> out.append(String.format("| %s | %d | %d | %d | %.2f | %.2f |%n", t, c[0], c[1], c[2],
                    c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]),
                    c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]))));
            return out.toString();
        }
    }
}

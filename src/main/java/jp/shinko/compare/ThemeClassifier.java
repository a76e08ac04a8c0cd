package jp.shinko.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import jp.shinko.plan.Project;

/**
 * Assigns themes to a project by the terms of {@link ThemeRules} found in its name, summary and
 * policy node titles. A longer term that contains a shorter one of the same theme is counted once.
 */
final class ThemeClassifier {

    private final ThemeRules rules;

    public ThemeClassifier(ThemeRules rules) {
        this.rules = rules;
    }

    /** The themes whose points reach the threshold, strongest first. */
    public List<ThemeMatch> classify(Project project, List<String> nodeTitles) {
        var evidence = new LinkedHashMap<String, List<Evidence>>();
        collect(project.name(), Evidence.Field.NAME, evidence);
        collect(project.summary(), Evidence.Field.SUMMARY, evidence);
        for (var title : nodeTitles) {
            collect(title, Evidence.Field.NODE, evidence);
        }
        var matches = new ArrayList<ThemeMatch>();
        evidence.forEach((theme, found) -> {
            int score = found.stream().mapToInt(Evidence::points).sum();
            if (score >= ThemeRules.THRESHOLD) {
                matches.add(new ThemeMatch(theme, score, found));
            }
        });
        matches.sort(Comparator.comparingInt(ThemeMatch::score).reversed());
        return matches;
    }

    private void collect(String text, Evidence.Field field, LinkedHashMap<String, List<Evidence>> evidence) {
        var normalized = ThemeRules.normalized(text);
        if (normalized.isBlank()) {
            return;
        }
        // Per theme and field, a term inside a longer matched term of the same theme adds nothing.
        var byTheme = new LinkedHashMap<String, List<ThemeTerm>>();
        for (var term : rules.terms()) {
            if (normalized.contains(term.term())) {
                byTheme.computeIfAbsent(term.theme(), k -> new ArrayList<>()).add(term);
            }
        }
        byTheme.forEach((theme, terms) -> {
            for (var term : terms) {
                boolean inLonger = terms.stream().anyMatch(o -> o != term
                        && o.term().length() > term.term().length() && o.term().contains(term.term()));
                if (!inLonger) {
                    evidence.computeIfAbsent(theme, k -> new ArrayList<>())
                            .add(new Evidence(term.term(), field, field == Evidence.Field.NODE ? 1 : term.weight() * field.factor));
                }
            }
        });
    }
}

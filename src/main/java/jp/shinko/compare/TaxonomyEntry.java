package jp.shinko.compare;

import java.util.List;

/**
 * One theme as the taxonomy's editors see it: whether it is retired, how many terms assign it
 * automatically (0 for a theme added in the app), and the projects whose override chose it.
 */
public record TaxonomyEntry(Theme theme, boolean retired, int ruleTerms, List<ProjectThemes> chosenBy) {

    public TaxonomyEntry {
        chosenBy = List.copyOf(chosenBy);
    }

    public boolean automatic() {
        return ruleTerms > 0;
    }
}

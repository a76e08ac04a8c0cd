package jp.shinko.compare;

import java.util.List;

/** A theme assigned to a project, its score and the evidence behind it. */
public record ThemeMatch(String theme, int score, List<Evidence> evidence) {

    public ThemeMatch {
        evidence = List.copyOf(evidence);
    }
}

package jp.shinko.compare;

import java.util.List;
import java.util.Optional;

/**
 * A project's themes: the automatic matches with their evidence and, if a coordinator decided,
 * the override, which wins.
 */
public record ProjectThemes(String planKey, String projectKey, String name, List<ThemeMatch> automatic,
                            Optional<ThemeOverride> override) {

    public ProjectThemes {
        automatic = List.copyOf(automatic);
    }

    /** The themes that count: the override's if there is one, else the automatic ones. */
    public List<String> effective() {
        return override.map(ThemeOverride::newThemes)
                .orElseGet(() -> automatic.stream().map(ThemeMatch::theme).toList());
    }
}

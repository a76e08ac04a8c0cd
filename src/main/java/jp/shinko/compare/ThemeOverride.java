package jp.shinko.compare;

import java.time.LocalDateTime;
import java.util.List;

/** A coordinator's decision on a project's themes, with the themes it replaced. */
public record ThemeOverride(String planKey, String projectKey, List<String> oldThemes, List<String> newThemes,
                            String decidedBy, LocalDateTime decidedAt) {

    public ThemeOverride {
        oldThemes = List.copyOf(oldThemes);
        newThemes = List.copyOf(newThemes);
    }
}

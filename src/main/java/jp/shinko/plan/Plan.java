package jp.shinko.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A municipality's promotion plan: its title, period, the names of its hierarchy levels, its
 * evaluation scale, strategic projects and yearly priorities (重点事項).
 *
 * @param key stable identifier, unique across municipalities (e.g. {@code kagoshima-shokogyo})
 * @param startYear first fiscal year of the plan, null if unknown
 * @param endYear last fiscal year of the plan, null if unknown
 */
public record Plan(
        String key,
        String municipalityCode,
        String title,
        FiscalYear startYear,
        FiscalYear endYear,
        List<String> levelNames,
        EvaluationScale evaluationScale,
        List<String> strategicProjects,
        Map<FiscalYear, List<String>> priorities) {

    public Plan {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(title, "title");
        if (!key.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("plan key must be lower-case letters, digits and '-': " + key);
        }
        levelNames = List.copyOf(levelNames);
        if (levelNames.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one hierarchy level");
        }
        evaluationScale = evaluationScale == null ? EvaluationScale.DEFAULT : evaluationScale;
        strategicProjects = List.copyOf(strategicProjects);
        var sorted = new TreeMap<FiscalYear, List<String>>();
        priorities.forEach((year, list) -> sorted.put(year, List.copyOf(list)));
        priorities = java.util.Collections.unmodifiableMap(sorted);
        if (startYear != null && endYear != null && endYear.compareTo(startYear) < 0) {
            throw new IllegalArgumentException("plan period ends before it starts");
        }
    }

    public int depth() {
        return levelNames.size();
    }
}

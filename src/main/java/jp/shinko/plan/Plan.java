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
 * @param priorities the year's 重点事項 items, in printed order
 * @param priorityIntroductions the sentence a year's 重点事項 list opens with, where printed
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
        Map<FiscalYear, List<String>> priorities,
        Map<FiscalYear, String> priorityIntroductions) {

    /** A plan whose documents print no introduction to their 重点事項. */
    public Plan(String key, String municipalityCode, String title, FiscalYear startYear, FiscalYear endYear,
                List<String> levelNames, EvaluationScale evaluationScale, List<String> strategicProjects,
                Map<FiscalYear, List<String>> priorities) {
        this(key, municipalityCode, title, startYear, endYear, levelNames, evaluationScale, strategicProjects,
                priorities, Map.of());
    }

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
        priorityIntroductions = priorityIntroductions == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(priorityIntroductions));
        if (startYear != null && endYear != null && endYear.compareTo(startYear) < 0) {
            throw new IllegalArgumentException("plan period ends before it starts");
        }
    }

    public int depth() {
        return levelNames.size();
    }
}

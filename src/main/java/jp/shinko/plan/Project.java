package jp.shinko.plan;

import java.util.List;
import java.util.Objects;

/**
 * One real undertaking (事業), stable across fiscal years.
 *
 * @param key            identifier, unique within its plan
 * @param formerNames    earlier names, oldest first
 * @param notes          notes printed with the name (※…), as printed
 * @param implementer    name of the implementing organization (実施主体), null if not printed
 * @param departments    names of the departments in charge (担当課), in printed order
 * @param related        the 関係機関等 cell, one entry per item as printed
 * @param strategicMarks how many 戦略プロジェクト marks the row carries
 * @param strategicProjects the strategic projects it belongs to, where the columns are known
 * @param cityOwn        whether the city itself runs it (not an outside body)
 */
public record Project(
        String key,
        String name,
        List<String> formerNames,
        List<String> notes,
        ProjectPeriod period,
        String summary,
        String implementer,
        List<String> departments,
        List<String> related,
        int strategicMarks,
        List<String> strategicProjects,
        boolean cityOwn) {

    public Project {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("project name is blank: " + key);
        }
        formerNames = List.copyOf(formerNames);
        notes = List.copyOf(notes);
        period = period == null ? ProjectPeriod.unknown() : period;
        summary = summary == null ? "" : summary;
        departments = List.copyOf(departments);
        related = List.copyOf(related);
        strategicProjects = List.copyOf(strategicProjects);
        if (strategicMarks < 0 || strategicMarks < strategicProjects.size()) {
            throw new IllegalArgumentException("strategic marks " + strategicMarks
                    + " cannot be fewer than the strategic projects named " + strategicProjects);
        }
    }

    /** The same project under a new name; the old name joins the former names. */
    public Project renamedTo(String newName) {
        var former = new java.util.ArrayList<>(formerNames);
        former.add(name);
        return new Project(key, newName, former, notes, period, summary, implementer, departments,
                related, strategicMarks, strategicProjects, cityOwn);
    }
}

package jp.shinko.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;
import jp.shinko.plan.YearRecord;

/**
 * Whether what a parser read is plausible as one municipality's project list, whatever the layout:
 * a document that parses but is damaged (a field that swallowed other records, a project listed
 * twice, a list joined to itself) is refused with the reason rather than stored. The bounds are
 * far outside what published lists hold: Kagoshima lists 286 projects, its longest name is under
 * 60 characters, its longest year content under 400, its longest list of related bodies 10.
 */
public final class Plausibility {

    static final int MAX_PROJECTS = 5_000;
    static final int MAX_NAME_CHARS = 300;
    static final int MAX_TEXT_CHARS = 10_000;
    static final int MAX_LIST_ITEMS = 200;

    private Plausibility() {
    }

    /**
     * A project printed twice is a warning: Kagoshima's FY2019/2020 list itself prints №141 and №142
     * alike. More than this many (or 2 % of the projects) are blocks repeated, and refused.
     */
    static final int MAX_DUPLICATES = 3;

    /**
     * The document with a warning for each project printed twice; throws a {@link ParseException}
     * naming the file and the doubt when the content is not plausible.
     */
    public static ParsedDocument check(String file, ParsedDocument parsed) {
        var content = parsed.content();
        var warnings = new java.util.ArrayList<>(parsed.warnings());
        if (content.projects().size() > MAX_PROJECTS) {
            throw refused(file, "plausibility.projects", content.projects().size(), MAX_PROJECTS);
        }
        var records = new HashMap<String, List<Object>>();
        var firstLines = new HashMap<String, Integer>();
        for (YearRecord record : content.yearRecords()) {
            if (record.provenance() != null) {
                firstLines.merge(record.projectKey(), record.provenance().firstLine(), Math::min);
            }
            records.computeIfAbsent(record.projectKey(), k -> new java.util.ArrayList<>()).add(List.of(
                    record.year(), record.budget(), record.settled(), Objects.requireNonNullElse(record.content(), ""),
                    Objects.requireNonNullElse(record.outlook(), "")));
        }
        var seen = new HashMap<List<Object>, Project>();
        for (var project : content.projects()) {
            length(file, project.key(), "field.name", project.name(), MAX_NAME_CHARS);
            length(file, project.key(), "field.summary", project.summary(), MAX_TEXT_CHARS);
            length(file, project.key(), "field.implementer", project.implementer(), MAX_NAME_CHARS);
            items(file, project.key(), "field.related", project.related());
            items(file, project.key(), "field.departments", project.departments());
            items(file, project.key(), "field.former-names", project.formerNames());
            if (!project.summary().isBlank()) {
                // Everything but the key: a project printed twice. Two projects of one name and summary
                // with different departments or figures are real (Kagoshima's 141 and 142).
                var same = seen.putIfAbsent(List.of(project.name(), project.summary(),
                        Objects.requireNonNullElse(project.implementer(), ""), project.departments(),
                        project.related(), records.getOrDefault(project.key(), List.of())), project);
                if (same != null) {
                    warnings.add(new ImportWarning(file, firstLines.getOrDefault(project.key(), 0),
                            Reason.of("plausibility.duplicate-project", project.key(), same.key(), project.name())));
                }
            }
        }
        for (YearRecord record : content.yearRecords()) {
            length(file, record.projectKey(), "field.content", record.content(), MAX_TEXT_CHARS);
            length(file, record.projectKey(), "field.expansion-note", record.expansionNote(), MAX_TEXT_CHARS);
            length(file, record.projectKey(), "field.outlook", record.outlook(), MAX_NAME_CHARS);
        }
        long duplicates = warnings.size() - parsed.warnings().size();
        if (duplicates > Math.max(MAX_DUPLICATES, content.projects().size() / 50)) {
            throw refused(file, "plausibility.duplicates", duplicates);
        }
        return duplicates == 0 ? parsed : new ParsedDocument(content, warnings);
    }

    private static void length(String file, String key, String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw refused(file, "plausibility.field-length", key, Reason.of(field), value.length(), max);
        }
    }

    private static void items(String file, String key, String field, List<String> values) {
        if (values.size() > MAX_LIST_ITEMS) {
            throw refused(file, "plausibility.field-items", key, Reason.of(field), values.size(), MAX_LIST_ITEMS);
        }
        for (var value : values) {
            length(file, key, field, value, MAX_NAME_CHARS);
        }
    }

    private static ParseException refused(String file, String key, Object... args) {
        return new ParseException(file, 0, Reason.of(key, args));
    }
}

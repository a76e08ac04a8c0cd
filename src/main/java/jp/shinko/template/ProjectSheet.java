package jp.shinko.template;

import static jp.shinko.template.Column.Type.FLAG;
import static jp.shinko.template.Column.Type.INTEGER;
import static jp.shinko.template.Column.Type.LIST;
import static jp.shinko.template.Column.Type.LONG_TEXT;
import static jp.shinko.template.Column.Type.TEXT;
import static jp.shinko.template.Column.Type.YEAR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;
import jp.shinko.plan.ProjectPeriod;

/** 事業: one row per project, the facts that do not change from year to year. */
final class ProjectSheet {

    static final Column KEY = Column.required("事業キー", "key", TEXT);
    static final Column NAME = Column.required("事業名", "name", TEXT);
    static final Column FORMER_NAMES = Column.optional("旧名称", "former_names", LIST);
    static final Column NOTES = Column.optional("注記", "notes", LIST);
    static final Column START = Column.optional("開始年度", "start_year", YEAR);
    static final Column END = Column.optional("終了年度", "end_year", YEAR);
    static final Column PERIOD = Column.optional("事業期間（表記）", "period_printed", TEXT);
    static final Column SUMMARY = Column.optional("事業概要", "summary", LONG_TEXT);
    static final Column IMPLEMENTER = Column.optional("実施主体", "implementer", TEXT);
    static final Column DEPARTMENTS = Column.optional("担当課", "departments", LIST);
    static final Column RELATED = Column.optional("関係機関等", "related", LIST);
    static final Column STRATEGIC_MARKS = Column.optional("戦略プロジェクト数", "strategic_marks", INTEGER);
    static final Column STRATEGIC_PROJECTS = Column.optional("戦略プロジェクト", "strategic_projects", LIST);
    static final Column CITY_OWN = Column.optional("市の事業", "city_own", FLAG);

    static final TemplateSheet SHEET = new TemplateSheet("事業", "projects", true, List.of(KEY, NAME,
            FORMER_NAMES, NOTES, START, END, PERIOD, SUMMARY, IMPLEMENTER, DEPARTMENTS, RELATED,
            STRATEGIC_MARKS, STRATEGIC_PROJECTS, CITY_OWN));

    /** The projects read, by key in row order, and the row each came from. */
    record Projects(Map<String, Project> byKey, Map<String, Integer> lines) {
    }

    private ProjectSheet() {
    }

    static Table write(PlanContent content) {
        var rows = new ArrayList<List<Cell>>();
        for (var p : content.projects()) {
            rows.add(List.of(Cell.text(p.key()), Cell.text(p.name()), ListCell.write(p.formerNames()),
                    ListCell.write(p.notes()), year(p.period().start()), year(p.period().end()),
                    Cell.text(p.period().printed()), Cell.text(p.summary()), Cell.text(p.implementer()),
                    ListCell.write(p.departments()), ListCell.write(p.related()),
                    Cell.number(p.strategicMarks()), ListCell.write(p.strategicProjects()), Cell.flag(p.cityOwn())));
        }
        return Table.of(SHEET, rows);
    }

    static Projects read(SheetRows sheet, Set<String> organizations) {
        var projects = new LinkedHashMap<String, Project>();
        var lines = new LinkedHashMap<String, Integer>();
        for (var row : sheet.rows()) {
            String key = row.key(KEY);
            Integer earlier = lines.putIfAbsent(key, row.line());
            if (earlier != null) {
                throw row.error(KEY, Reason.of("template.project-twice", key, earlier));
            }
            String implementer = row.text(IMPLEMENTER) == null ? null : row.key(IMPLEMENTER);
            if (implementer != null && !organizations.contains(implementer)) {
                throw row.error(IMPLEMENTER, Reason.of("template.organization-unknown", implementer));
            }
            var departments = row.list(DEPARTMENTS);
            departments.stream().filter(d -> !organizations.contains(d)).findFirst().ifPresent(d -> {
                throw row.error(DEPARTMENTS, Reason.of("template.organization-unknown", d));
            });
            var strategicProjects = row.list(STRATEGIC_PROJECTS);
            Integer marks = row.integer(STRATEGIC_MARKS);
            if (marks != null && marks < strategicProjects.size()) {
                throw row.error(STRATEGIC_MARKS, Reason.of("template.strategic-marks", marks, strategicProjects.size()));
            }
            var period = row.build(() -> new ProjectPeriod(row.year(START), row.year(END), row.textOrEmpty(PERIOD)));
            projects.put(key, row.build(() -> new Project(key, row.key(NAME), row.list(FORMER_NAMES),
                    row.list(NOTES), period, row.textOrEmpty(SUMMARY), implementer, departments,
                    row.list(RELATED), marks == null ? strategicProjects.size() : marks, strategicProjects,
                    row.flag(CITY_OWN))));
        }
        return new Projects(projects, lines);
    }

    /**
     * The project key of a row on another sheet, which must name a project of 事業; its 事業名
     * cell, if filled in, must be that project's name, so a row pasted next to the wrong key is caught.
     */
    static String knownProject(SheetRow row, Column keyColumn, Column nameColumn, Map<String, Project> projects) {
        String key = row.key(keyColumn);
        var project = projects.get(key);
        if (project == null) {
            throw row.error(keyColumn, Reason.of("template.project-unknown", key));
        }
        String name = row.text(nameColumn);
        if (name != null && !name.strip().equals(project.name().strip())) {
            throw row.error(nameColumn, Reason.of("template.name-mismatch", name, key, project.name()));
        }
        return key;
    }

    private static Cell year(FiscalYear year) {
        return year == null ? Cell.BLANK : Cell.number(year.year());
    }
}

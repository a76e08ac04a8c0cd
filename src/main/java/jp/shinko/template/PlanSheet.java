package jp.shinko.template;

import static jp.shinko.template.Column.Type.LIST;
import static jp.shinko.template.Column.Type.TEXT;
import static jp.shinko.template.Column.Type.YEAR;

import java.util.List;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.EvaluationScale;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.Plan;
import jp.shinko.plan.PlanContent;

/** 計画: one row naming the municipality and the plan, its period, hierarchy levels and strategic projects. */
final class PlanSheet {

    static final Column CODE = Column.required("団体コード", "municipality_code", TEXT);
    static final Column MUNICIPALITY = Column.required("団体名", "municipality_name", TEXT);
    static final Column KEY = Column.required("計画キー", "plan_key", TEXT);
    static final Column TITLE = Column.required("計画名", "title", TEXT);
    static final Column START = Column.optional("計画開始年度", "start_year", YEAR);
    static final Column END = Column.optional("計画終了年度", "end_year", YEAR);
    static final Column LEVELS = Column.required("階層名", "level_names", LIST);
    static final Column STRATEGIC_PROJECTS = Column.optional("戦略プロジェクト", "strategic_projects", LIST);

    static final TemplateSheet SHEET = new TemplateSheet("計画", "plan", true,
            List.of(CODE, MUNICIPALITY, KEY, TITLE, START, END, LEVELS, STRATEGIC_PROJECTS));

    /** What the 計画 sheet and the sheets it gathers say. */
    record PlanHead(Municipality municipality, Plan plan) {
    }

    private PlanSheet() {
    }

    static Table write(PlanContent content) {
        var m = content.municipality();
        var p = content.plan();
        return Table.of(SHEET, List.of(List.of(Cell.text(m.code()), Cell.text(m.name()), Cell.text(p.key()),
                Cell.text(p.title()), year(p.startYear()), year(p.endYear()), ListCell.write(p.levelNames()),
                ListCell.write(p.strategicProjects()))));
    }

    static PlanHead read(SheetRows sheet, EvaluationScale scale, PrioritySheet.Priorities priorities) {
        var row = sheet.single();
        var municipality = row.build(() -> new Municipality(row.key(CODE), row.key(MUNICIPALITY)));
        String key = row.key(KEY);
        if (!key.matches("[a-z0-9][a-z0-9-]*")) {
            throw row.error(KEY, Reason.of("template.plan-key", key));
        }
        var levels = row.list(LEVELS);
        if (levels.isEmpty()) {
            throw row.error(LEVELS, Reason.of("template.levels-blank"));
        }
        var start = row.year(START);
        var end = row.year(END);
        if (start != null && end != null && end.compareTo(start) < 0) {
            throw row.error(END, Reason.of("template.plan-ends-before-start"));
        }
        var plan = row.build(() -> new Plan(key, municipality.code(), row.textOrEmpty(TITLE), start, end, levels,
                scale, row.list(STRATEGIC_PROJECTS), priorities.items(), priorities.introductions()));
        return new PlanHead(municipality, plan);
    }

    private static Cell year(FiscalYear year) {
        return year == null ? Cell.BLANK : Cell.number(year.year());
    }
}

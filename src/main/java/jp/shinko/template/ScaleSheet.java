package jp.shinko.template;

import static jp.shinko.template.Column.Type.DECIMAL;
import static jp.shinko.template.Column.Type.FLAG;
import static jp.shinko.template.Column.Type.TEXT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.EvaluationScale;
import jp.shinko.plan.EvaluationScale.Grade;
import jp.shinko.plan.PlanContent;

/** 評価基準: the plan's evaluation marks, best first, and the mark for "not run that year". */
final class ScaleSheet {

    static final Column MARK = Column.required("記号", "mark", TEXT);
    static final Column MIN_PERCENT = Column.optional("下限達成率（％）", "min_percent", DECIMAL);
    static final Column LABEL = Column.optional("説明", "label", TEXT);
    static final Column NOT_RUN = Column.optional("実施なし", "not_run", FLAG);

    static final TemplateSheet SHEET = new TemplateSheet("評価基準", "evaluation-scale", false,
            List.of(MARK, MIN_PERCENT, LABEL, NOT_RUN));

    private ScaleSheet() {
    }

    static Table write(PlanContent content) {
        var scale = content.plan().evaluationScale();
        var rows = new ArrayList<List<Cell>>();
        scale.grades().forEach(g -> rows.add(row(g, false)));
        rows.add(row(scale.notRun(), true));
        return Table.of(SHEET, rows);
    }

    private static List<Cell> row(Grade grade, boolean notRun) {
        return List.of(Cell.text(grade.mark()), Cell.number(grade.minPercent()), Cell.text(grade.label()),
                Cell.flag(notRun));
    }

    /** The scale, or null (the default scale) when the sheet is missing or empty. */
    static EvaluationScale read(SheetRows sheet) {
        var rows = sheet.rows();
        if (rows.isEmpty()) {
            return null;
        }
        var grades = new ArrayList<Grade>();
        Grade notRun = null;
        var marks = new HashSet<String>();
        for (var row : rows) {
            String mark = row.key(MARK);
            if (!marks.add(mark)) {
                throw row.error(MARK, Reason.of("template.mark-twice", mark));
            }
            var grade = new Grade(mark, row.decimal(MIN_PERCENT), row.text(LABEL));
            if (row.flag(NOT_RUN)) {
                if (notRun != null) {
                    throw row.error(NOT_RUN, Reason.of("template.not-run-twice"));
                }
                notRun = grade;
            } else if (grade.minPercent() == null) {
                throw row.error(MIN_PERCENT, Reason.of("template.min-percent"));
            } else {
                grades.add(grade);
            }
        }
        if (notRun == null || grades.isEmpty()) {
            throw rows.get(0).error(Reason.of("template.scale-incomplete"));
        }
        return new EvaluationScale(grades, notRun);
    }
}

package jp.shinko.report.official;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;

/**
 * Kagoshima City's 資料３ 事業概要等一覧: one row per project with its codes in the policy tree, the
 * previous year's settlement, content and evaluation, this year's budget and content, the outlook,
 * implementer and related bodies; rows of bodies other than the city shaded. A3 landscape: the
 * original's twenty-odd columns need it.
 */
final class KagoshimaShiryo3 implements OfficialLayout {

    static final String LAYOUT = "kagoshima-shiryo3";
    private static final String CORNER = "資料３";
    private static final String SAME_AS_LEFT = "同左";

    @Override
    public ListDocument build(PlanContent content, FiscalYear year) {
        var previous = year.previous();
        var projects = content.projectsByKey();
        var now = records(content, year);
        var before = records(content, previous);
        var depth = content.plan().depth();
        var rows = new ArrayList<ListRow>();
        content.placements().stream()
                .sorted(Comparator.comparingInt(Placement::order))
                .forEach(p -> rows.add(entry(p, projects.get(p.projectKey()), now.get(p.projectKey()),
                        before.get(p.projectKey()), depth, content)));
        var title = "【" + CORNER + "】" + ListWording.planName(content) + "に係る事業概要等一覧（"
                + ListWording.eraYearNumber(previous) + "・" + ListWording.eraYearNumber(year) + "年度）";
        return new ListDocument(title, CORNER, Paper.A3_LANDSCAPE, 7.5, legend(content, previous), null, null,
                columns(content, year, previous), null, List.of(new ListPart("事業概要等一覧", rows)), List.of(),
                2 + depth);
    }

    private static Map<String, YearRecord> records(PlanContent content, FiscalYear year) {
        return content.yearRecords().stream().filter(r -> r.year().equals(year))
                .collect(Collectors.toMap(YearRecord::projectKey, Function.identity()));
    }

    private static List<ListColumn> columns(PlanContent content, FiscalYear year, FiscalYear previous) {
        var columns = new ArrayList<ListColumn>();
        columns.add(ListColumn.mark("№", 2.2));
        columns.add(ListColumn.mark("新規・拡充", 1.6).printedVertically());
        for (var level : content.plan().levelNames()) {
            columns.add(ListColumn.mark(level, 1.6).printedVertically());
        }
        columns.add(ListColumn.mark("戦略プロジェクト", 4.5));
        columns.add(ListColumn.text("事務・事業名", 13));
        columns.add(ListColumn.mark("事業期間", 7));
        columns.add(ListColumn.text("事業概要", 22));
        var before = ListWording.abbreviatedYear(previous) + "年度";
        columns.add(ListColumn.amount("決算額\n（千円）", 5.5).under(before));
        columns.add(ListColumn.text("実施内容（予定含む）", 20).under(before));
        columns.add(ListColumn.mark("事業評価", 2.6).under(before).printedVertically());
        var now = ListWording.abbreviatedYear(year) + "年度";
        columns.add(ListColumn.amount("予算額\n（千円）", 5.5).under(now));
        columns.add(ListColumn.text("実施内容（予定含む）", 20).under(now));
        columns.add(ListColumn.mark(ListWording.abbreviatedYear(year.next()) + "年度以降（予定）", 5));
        columns.add(ListColumn.text("拡充要素（予定）", 8));
        columns.add(ListColumn.text("実施主体（所管）", 7.5));
        columns.add(ListColumn.text("関係機関等", 8));
        return columns;
    }

    private static List<String> legend(PlanContent content, FiscalYear previous) {
        var legend = new ArrayList<String>();
        legend.add("網かけは、" + content.municipality().name() + "以外（関係機関）の取組");
        var scale = content.plan().evaluationScale();
        scale.grades().forEach(g -> legend.add(g.label() + "：" + g.mark()));
        legend.add(ListWording.abbreviatedYear(previous) + "の" + scale.notRun().label() + "：" + scale.notRun().mark());
        var strategic = content.plan().strategicProjects();
        if (!strategic.isEmpty()) {
            var names = new StringBuilder();
            for (int i = 0; i < strategic.size(); i++) {
                names.append(i == 0 ? "" : "　").append(i + 1).append(' ').append(strategic.get(i));
            }
            legend.add("戦略プロジェクト（" + names + "）：該当するプロジェクトの番号、番号が不明のものは該当数だけ○");
        }
        return legend;
    }

    private static ListRow.Entry entry(Placement placement, Project project, YearRecord now, YearRecord before,
                                       int depth, PlanContent content) {
        var cells = new ArrayList<ListCell>();
        cells.add(ListCell.of(placement.printedNumber().isBlank()
                ? Integer.toString(placement.order()) : placement.printedNumber()));
        cells.add(ListCell.of(now == null ? "" : change(now)));
        var numbers = placement.node().numbers();
        for (int level = 0; level < depth; level++) {
            cells.add(ListCell.of(level < numbers.size() ? numbers.get(level) : ""));
        }
        cells.add(ListCell.of(strategic(project, content)));
        var name = new StringBuilder(placement.reListed() ? "【再掲】" : "").append(project.name());
        // Each note is a paragraph of its own under the name, as the original prints them.
        project.notes().forEach(note -> name.append("\n\n").append(note));
        cells.add(ListCell.of(name.toString()));
        cells.add(ListCell.of(ListWording.period(project.period())));
        cells.add(ListCell.of(project.summary()));
        cells.add(ListCell.of(before == null ? Amount.notStated() : before.settled()));
        cells.add(ListCell.of(before == null ? "" : sameAsLeft(before, project.summary())));
        cells.add(ListCell.of(before == null || before.evaluation() == null ? "" : before.evaluation().mark()));
        cells.add(ListCell.of(now == null ? Amount.notStated() : now.budget()));
        cells.add(ListCell.of(now == null ? "" : sameAsLeft(now, before == null ? null : before.content())));
        cells.add(ListCell.of(now == null || now.outlook() == null ? "" : now.outlook()));
        cells.add(ListCell.of(now == null || now.expansionNote() == null ? "" : now.expansionNote()));
        cells.add(ListCell.of(project.implementer() == null ? String.join("\n", project.departments())
                : project.implementer()));
        cells.add(ListCell.of(String.join("\n", project.related())));
        return new ListRow.Entry(cells, null, !project.cityOwn(), placement.reListed());
    }

    private static String change(YearRecord record) {
        if (record.has(YearFlag.NEW)) {
            return "新規";
        }
        return record.has(YearFlag.EXPANDED) ? "拡充" : "";
    }

    /** Numbers of the strategic projects where known, else one ○ per mark as the text gives only a count. */
    private static String strategic(Project project, PlanContent content) {
        if (!project.strategicProjects().isEmpty()) {
            var all = content.plan().strategicProjects();
            return project.strategicProjects().stream()
                    .map(name -> all.contains(name) ? Integer.toString(all.indexOf(name) + 1) : name)
                    .collect(Collectors.joining("・"));
        }
        // ○ ○: each mark stands alone, as the original's columns print them.
        return String.join(" ", Collections.nCopies(project.strategicMarks(), "○"));
    }

    /**
     * 同左 where the original printed it and the content still equals the text column on its left
     * (the summary for the previous year's content, that content for this year's).
     */
    private static String sameAsLeft(YearRecord record, String left) {
        if (record.contentSameAsLeft() && record.content().equals(left)) {
            return SAME_AS_LEFT;
        }
        return record.content();
    }
}

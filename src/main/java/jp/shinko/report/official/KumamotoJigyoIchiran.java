package jp.shinko.report.official;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Organization;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;

/**
 * Kumamoto City's 事業一覧: the year's 重点事項, then 方向性 > 取組 > entries (★ 重点事業, 【新】,
 * 【再掲】 for a project listed again under another 取組), each with its 担当課, 予算額 and, on the
 * line below, its 事業概要; the "as of" footnote last. A4 portrait; one sheet per 方向性.
 */
final class KumamotoJigyoIchiran implements OfficialLayout {

    static final String LAYOUT = "kumamoto-jigyo-ichiran";

    @Override
    public ListDocument build(PlanContent content, FiscalYear year) {
        var plan = content.plan();
        var projects = content.projectsByKey();
        Map<String, YearRecord> records = content.yearRecords().stream().filter(r -> r.year().equals(year))
                .collect(Collectors.toMap(YearRecord::projectKey, Function.identity()));
        var japaneseYear = JapaneseYearFormat.japanese(year);
        var items = plan.priorities().getOrDefault(year, List.of());
        Preface preface = null;
        var tableHeading = japaneseYear + " 事業一覧（" + ListWording.PRIORITY_MARK + "：重点事業）";
        if (!items.isEmpty()) {
            var numbered = new ArrayList<String>();
            for (int i = 0; i < items.size(); i++) {
                numbered.add("(" + (i + 1) + ") " + items.get(i));
            }
            preface = new Preface("重点事項", "1 " + japaneseYear + " 重点事項", plan.priorityIntroductions().get(year), numbered);
            tableHeading = "2 " + tableHeading;
        }
        Map<String, String> parents = content.organizations().stream().filter(o -> o.parent() != null)
                .collect(Collectors.toMap(Organization::name, Organization::parent, (a, b) -> a));
        var parts = TreeRows.parts(content, true, "事業一覧", placement -> {
            var project = projects.get(placement.projectKey());
            var record = records.get(placement.projectKey());
            var name = (record != null && record.has(YearFlag.NEW) ? "【新】" : "")
                    + (placement.reListed() ? "【再掲】" : "") + project.name();
            return new ListRow.Entry(List.of(
                    ListCell.of(ListWording.number(placement, record)),
                    ListCell.of(name),
                    ListCell.of(String.join("\n", project.departments().isEmpty() && project.implementer() != null
                            ? List.of(project.implementer()) : withParents(project.departments(), parents))),
                    ListCell.of(record == null ? Amount.notStated() : record.budget())),
                    project.summary(), !project.cityOwn(), placement.reListed());
        });
        var footnotes = content.source().asOf() == null ? List.<String>of()
                : List.of("※記載内容・計画は" + ListWording.date(content.source().asOf())
                + "時点のものであり、各事業の進捗や社会情勢等に応じて変更になる場合があります。");
        var columns = List.of(
                ListColumn.mark("分野", 5),
                ListColumn.text("事業名", 27),
                ListColumn.text("担当課（室）", 13),
                ListColumn.amount("予算額（千円）", 8));
        return new ListDocument(plan.title() + " " + JapaneseYearFormat.japaneseWithGregorian(year) + "事業一覧",
                "", Paper.A4_PORTRAIT, 9, List.of(), preface, tableHeading, columns, "事業概要", parts, footnotes, 0);
    }

    /** Each department under the division it belongs to, as the original prints it (農業政策課 農水ブランド戦略室). */
    private static List<String> withParents(List<String> departments, Map<String, String> parents) {
        var lines = new ArrayList<String>();
        for (var department : departments) {
            var parent = parents.get(department);
            if (parent != null && !departments.contains(parent) && !lines.contains(parent)) {
                lines.add(parent);
            }
            lines.add(department);
        }
        return lines;
    }
}

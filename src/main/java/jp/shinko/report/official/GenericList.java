package jp.shinko.report.official;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;

/**
 * The list of a plan whose source has no layout of its own: the tree's headings, then per entry
 * its number, name, implementer, the year's budget, settlement, evaluation, content and outlook,
 * and the summary on the line below. A4 landscape.
 */
final class GenericList implements OfficialLayout {

    @Override
    public ListDocument build(PlanContent content, FiscalYear year) {
        var plan = content.plan();
        var projects = content.projectsByKey();
        Map<String, YearRecord> records = content.yearRecords().stream().filter(r -> r.year().equals(year))
                .collect(Collectors.toMap(YearRecord::projectKey, Function.identity()));
        var parts = TreeRows.parts(content, false, "事業一覧", placement -> {
            var project = projects.get(placement.projectKey());
            var record = records.get(placement.projectKey());
            var name = (record != null && record.has(YearFlag.NEW) ? "【新】" : "")
                    + (record != null && record.has(YearFlag.EXPANDED) ? "【拡充】" : "")
                    + (placement.reListed() ? "【再掲】" : "") + project.name();
            var responsible = project.implementer() != null ? project.implementer()
                    : String.join("\n", project.departments());
            return new ListRow.Entry(List.of(
                    ListCell.of(ListWording.number(placement, record)),
                    ListCell.of(name),
                    ListCell.of(responsible),
                    ListCell.of(record == null ? Amount.notStated() : record.budget()),
                    ListCell.of(record == null ? Amount.notStated() : record.settled()),
                    ListCell.of(record == null || record.evaluation() == null ? "" : record.evaluation().mark()),
                    ListCell.of(record == null ? "" : record.content()),
                    ListCell.of(record == null || record.outlook() == null ? "" : record.outlook())),
                    project.summary(), !project.cityOwn(), placement.reListed());
        });
        var columns = List.of(
                ListColumn.mark("番号", 4),
                ListColumn.text("事業名", 20),
                ListColumn.text("実施主体・担当課", 12),
                ListColumn.amount("予算額（千円）", 7),
                ListColumn.amount("決算額（千円）", 7),
                ListColumn.mark("評価", 3),
                ListColumn.text("実施内容", 26),
                ListColumn.text("今後の方向性", 8));
        return new ListDocument(plan.title() + " " + JapaneseYearFormat.japaneseWithGregorian(year) + " 事業一覧",
                "", Paper.A4_LANDSCAPE, 8, List.of("網かけは、" + content.municipality().name() + "以外の実施主体による事業"),
                null, null, columns, "事業概要", parts, List.of(), 0);
    }
}

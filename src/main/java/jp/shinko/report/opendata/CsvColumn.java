package jp.shinko.report.opendata;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.YearFlag;
import jp.shinko.report.official.ListWording;

/**
 * The columns of the open-data CSV: a Japanese heading (what the file prints) and an English id
 * (what docs/open-data.md and programs use), in the order printed. The municipality code comes
 * first, as the 自治体標準オープンデータセット do; amounts are in thousand yen with the unit in the
 * heading, empty where absent, and a kind column says why.
 */
public enum CsvColumn {
    MUNICIPALITY_CODE("全国地方公共団体コード", "municipality_code", r -> r.content().municipality().code()),
    MUNICIPALITY_NAME("地方公共団体名", "municipality_name", r -> r.content().municipality().name()),
    PLAN_ID("計画ID", "plan_id", r -> r.content().plan().key()),
    PLAN_TITLE("計画名", "plan_title", r -> r.content().plan().title()),
    FISCAL_YEAR("年度", "fiscal_year", r -> Integer.toString(r.record().year().year())),
    PROJECT_ID("事業ID", "project_id", r -> r.project().key()),
    LISTED_NUMBER("掲載番号", "listed_number", r -> r.primary().printedNumber()),
    PROJECT_NAME("事業名", "project_name", r -> r.project().name()),
    FORMER_NAMES("旧事業名", "former_names", r -> joined(r.project().formerNames())),
    NAME_NOTES("事業名注記", "name_notes", r -> joined(r.project().notes())),
    NODE_PATH("政策体系番号", "node_path", r -> r.primary().node().toString()),
    NODE_NAME("政策体系名", "node_name", r -> nodeName(r, r.primary().node())),
    RELISTED_NODE_PATHS("再掲先政策体系番号", "relisted_node_paths",
            r -> r.reListings().stream().map(p -> p.node().toString()).collect(Collectors.joining(";"))),
    IMPLEMENTER("実施主体", "implementer", r -> text(r.project().implementer())),
    DEPARTMENTS("担当課", "departments", r -> joined(r.project().departments())),
    RELATED_BODIES("関係機関等", "related_bodies", r -> joined(r.project().related())),
    CITY_OWN("市の事業", "city_own", r -> flag(r.project().cityOwn())),
    NEW("新規", "new", r -> flag(r.record().has(YearFlag.NEW))),
    EXPANDED("拡充", "expanded", r -> flag(r.record().has(YearFlag.EXPANDED))),
    PRIORITY("重点事業", "priority", r -> flag(r.record().has(YearFlag.PRIORITY))),
    BUDGET("予算額（千円）", "budget_thousand_yen", r -> number(r.record().budget())),
    BUDGET_KIND("予算額区分", "budget_kind", r -> kind(r.record().budget())),
    SETTLED("決算額（千円）", "settled_thousand_yen", r -> number(r.record().settled())),
    SETTLED_KIND("決算額区分", "settled_kind", r -> kind(r.record().settled())),
    CONTENT("実施内容", "content", r -> r.record().content()),
    EVALUATION("事業評価", "evaluation", r -> r.record().evaluation() == null ? "" : r.record().evaluation().mark()),
    OUTLOOK("次年度以降の方向性", "outlook", r -> text(r.record().outlook())),
    EXPANSION_NOTE("拡充要素", "expansion_note", r -> text(r.record().expansionNote())),
    SUMMARY("事業概要", "summary", r -> r.project().summary()),
    PERIOD("事業期間", "period", r -> r.project().period().printed()),
    START_YEAR("開始年度", "start_year", r -> year(r.project().period().start())),
    END_YEAR("終了年度", "end_year", r -> year(r.project().period().end())),
    STRATEGIC_MARKS("戦略プロジェクト該当数", "strategic_marks", r -> Integer.toString(r.project().strategicMarks())),
    SOURCE_FILE("出典文書", "source_file", r -> r.content().source().fileName()),
    SOURCE_SHA256("出典文書SHA-256", "source_sha256", r -> r.content().source().sha256()),
    SOURCE_LINES("出典行", "source_lines", r -> r.record().provenance() == null ? ""
            : r.record().provenance().firstLine() + "-" + r.record().provenance().lastLine()),
    /** 1 when the record makes the project one of the year's projects (ProjectYears), 0 for a reference row. */
    IN_YEAR("当該年度の事業", "in_year", r -> flag(jp.shinko.plan.ProjectYears.counts(r.project(), r.record())));

    private final String heading;
    private final String id;
    private final Function<RecordRow, String> value;

    CsvColumn(String heading, String id, Function<RecordRow, String> value) {
        this.heading = heading;
        this.id = id;
        this.value = value;
    }

    /** The Japanese heading the CSV prints. */
    public String heading() {
        return heading;
    }

    /** The English id used in the data dictionary. */
    public String id() {
        return id;
    }

    String value(RecordRow row) {
        return value.apply(row);
    }

    /** How the kind of an amount is printed: 金額, なし (printed ―), 非公開, 記載なし (nothing printed). */
    public static String kind(Amount amount) {
        return switch (amount.kind()) {
            case VALUE -> "金額";
            case NONE -> "なし";
            case UNDISCLOSED -> "非公開";
            case NOT_STATED -> "記載なし";
        };
    }

    private static String number(Amount amount) {
        return amount.isPresent() ? Long.toString(amount.thousandYen()) : "";
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String year(FiscalYear year) {
        return year == null ? "" : Integer.toString(year.year());
    }

    private static String joined(List<String> values) {
        return String.join(";", values);
    }

    private static String nodeName(RecordRow row, NodePath path) {
        var names = new java.util.ArrayList<String>();
        for (int level = 1; level <= path.level(); level++) {
            names.add(ListWording.nodeHeading(row.content(), new NodePath(path.numbers().subList(0, level))));
        }
        return String.join(" > ", names);
    }
}

package jp.shinko.report.official;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.shinko.era.Era;
import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.ProjectPeriod;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;

/** Texts the lists print that are built from the plan: short titles, node headings, periods, dates. */
public final class ListWording {

    /** The mark of a priority project (重点事業) in front of its number. */
    public static final String PRIORITY_MARK = "★";

    private ListWording() {
    }

    /** The plan's title without the municipality's name in front: 商工業振興プラン. */
    public static String planName(PlanContent content) {
        var title = content.plan().title();
        var city = content.municipality().name();
        return title.startsWith(city) && title.length() > city.length() ? title.substring(city.length()) : title;
    }

    /**
     * A node's heading: level name, number, title — 方向性1. 創業・事業承継の促進, 取組① 創業支援
     * (a period follows an Arabic number, as the lists print it); 基本方針1 where the title is unknown.
     */
    public static String nodeHeading(PlanContent content, NodePath path) {
        var levels = content.plan().levelNames();
        var level = path.level() <= levels.size() ? levels.get(path.level() - 1) : "";
        var title = content.nodes().stream().filter(n -> n.path().equals(path)).findFirst()
                .flatMap(PolicyNode::knownTitle);
        var number = path.number();
        if (title.isEmpty()) {
            return level + number;
        }
        return level + number + (number.chars().allMatch(Character::isDigit) ? ". " : " ") + title.get();
    }

    /**
     * A fiscal year the way Kagoshima's list abbreviates it: R2, and H31(R元) for the year whose
     * April still fell in the old era.
     */
    public static String abbreviatedYear(FiscalYear year) {
        return eraChangeYear(year)
                ? JapaneseYearFormat.abbreviated(year, previousEra(year)) + "(" + JapaneseYearFormat.abbreviated(year) + ")"
                : JapaneseYearFormat.abbreviated(year);
    }

    /** The era year alone, as titles print it: 2, and 31(R元) for the year the era changed. */
    public static String eraYearNumber(FiscalYear year) {
        var abbreviated = JapaneseYearFormat.abbreviated(year);
        if (eraChangeYear(year)) {
            return JapaneseYearFormat.abbreviated(year, previousEra(year)).substring(1) + "(" + abbreviated + ")";
        }
        return abbreviated.substring(1);
    }

    private static boolean eraChangeYear(FiscalYear year) {
        var era = Era.of(year);
        return era.ordinal() > 0 && era.firstYear() == year.year();
    }

    private static Era previousEra(FiscalYear year) {
        return Era.values()[Era.of(year).ordinal() - 1];
    }

    /** The 事業期間 as printed; for a period entered without printed text, R2年度～ style. */
    public static String period(ProjectPeriod period) {
        if (!period.printed().isBlank() || period.start() == null) {
            return period.printed();
        }
        var start = JapaneseYearFormat.abbreviated(period.start()) + "年度";
        if (period.start().equals(period.end())) {
            return start;
        }
        return start + "～" + (period.end() == null ? "" : JapaneseYearFormat.abbreviated(period.end()) + "年度");
    }

    /** The entry's number as printed, ★ in front when the project is a 重点事業 in the record's year. */
    public static String number(Placement placement, YearRecord record) {
        var number = placement.printedNumber().replace(PRIORITY_MARK, "").strip();
        return (record != null && record.has(YearFlag.PRIORITY) ? PRIORITY_MARK : "") + number;
    }

    /** 2024年3月末日 for the last day of a month, else 2024年3月15日. */
    public static String date(LocalDate date) {
        var month = YearMonth.from(date);
        return date.getYear() + "年" + date.getMonthValue() + "月"
                + (date.equals(month.atEndOfMonth()) ? "末日" : date.getDayOfMonth() + "日");
    }
}

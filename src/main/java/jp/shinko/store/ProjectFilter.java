package jp.shinko.store;

import java.util.EnumSet;
import java.util.Set;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.YearFlag;

/**
 * Which projects of a plan a list shows; every part is optional (null or empty means "any").
 * The year-record parts (evaluation, outlook, flags) must all hold in one year record: the
 * record of {@code year} when given, else any year's.
 *
 * @param year         projects with a record in this fiscal year
 * @param node         projects placed at this node or below it, 再掲 included
 * @param organization projects this organization implements or is in charge of
 * @param body         the city's own projects or those of outside bodies
 * @param flags        that year's flags (★ 重点, 新規, 拡充), all of them
 * @param strategic    projects with at least one 戦略プロジェクト mark
 * @param evaluation   that year's evaluation mark, e.g. ◎
 * @param outlook      that year's outlook as printed, e.g. 継続予定
 */
public record ProjectFilter(FiscalYear year, NodePath node, String organization, Body body,
                            Set<YearFlag> flags, boolean strategic, String evaluation, String outlook) {

    /** Who runs the project. */
    public enum Body {
        /** The city itself (a city department implements it). */
        CITY,
        /** A body other than the city (網かけ in Kagoshima's list). */
        OUTSIDE
    }

    public ProjectFilter {
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        organization = blankToNull(organization);
        evaluation = blankToNull(evaluation);
        outlook = blankToNull(outlook);
    }

    /** Every project of the plan. */
    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, Set.of(), false, null, null);
    }

    /** The projects an organization implements or is in charge of. */
    public static ProjectFilter byOrganization(String name) {
        return new ProjectFilter(null, null, name, null, Set.of(), false, null, null);
    }

    boolean constrainsYearRecord() {
        return year != null || !flags.isEmpty() || evaluation != null || outlook != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

package jp.shinko.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.YearFlag;
import jp.shinko.store.PlanYear;
import jp.shinko.store.ProjectFilter;
import jp.shinko.store.ProjectOrder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The whole query of a project list as it stands in the URL, so a list can be shared, bookmarked
 * and downloaded as it is seen. Values that do not parse are ignored rather than refused: a list
 * with a stale or mistyped link still shows something sensible.
 *
 * @param flag priority, new, expanded, strategic (any of them)
 * @param show the fiscal years whose columns the list shows (none: the filtered year, else all)
 */
public record ListQuery(String year, String node, String org, String body, List<String> flag,
                        String evaluation, String outlook, String sort, String dir, String sortYear, String page,
                        List<String> show) {

    public static final int PAGE_SIZE = 50;

    public ListQuery {
        flag = flag == null ? List.of() : List.copyOf(flag);
        show = show == null ? List.of() : List.copyOf(show);
    }

    public static ListQuery empty() {
        return new ListQuery(null, null, null, null, List.of(), null, null, null, null, null, null, List.of());
    }

    /** The list of an organization's projects. */
    public static ListQuery ofOrganization(String name) {
        return new ListQuery(null, null, name, null, null, null, null, null, null, null, null, List.of());
    }

    /**
     * The years whose columns are shown: those chosen with {@code show} that the plan has, else the
     * filtered year, else every year.
     */
    public List<FiscalYear> shownYears(List<PlanYear> years) {
        var all = years.stream().map(PlanYear::year).toList();
        var chosen = show.stream().map(ListQuery::fiscalYear).filter(java.util.Objects::nonNull)
                .filter(all::contains).distinct().sorted().toList();
        if (!chosen.isEmpty()) {
            return chosen;
        }
        var selected = fiscalYear(year);
        return selected != null && all.contains(selected) ? List.of(selected) : all;
    }

    /** Whether the year's column is chosen with {@code show}. */
    public boolean showing(FiscalYear fiscalYear) {
        return show.contains(Integer.toString(fiscalYear.year()));
    }

    /**
     * The order of the list as shown: {@link #order} unless it sorts by a column the list no longer
     * shows, which would order the rows by something invisible; then the document's order.
     */
    public ProjectOrder shownOrder(List<PlanYear> years, List<YearColumn> columns) {
        var order = order(years);
        if (order.key() == ProjectOrder.Key.NUMBER || order.key() == ProjectOrder.Key.NAME) {
            return order;
        }
        boolean shown = columns.stream().anyMatch(c -> c.year().equals(order.year())
                && order.key().name().equals(c.kind().name()));
        return shown ? order : ProjectOrder.byNumber();
    }

    /** The query string of the same filters and shown years in the document's order. */
    public String unsortedLink() {
        return query(null, null, null, null);
    }

    public ProjectFilter filter() {
        var flags = EnumSet.noneOf(YearFlag.class);
        for (var f : flag) {
            switch (f.toLowerCase(Locale.ROOT)) {
                case "priority" -> flags.add(YearFlag.PRIORITY);
                case "new" -> flags.add(YearFlag.NEW);
                case "expanded" -> flags.add(YearFlag.EXPANDED);
                default -> { }
            }
        }
        var who = "city".equals(body) ? ProjectFilter.Body.CITY
                : "outside".equals(body) ? ProjectFilter.Body.OUTSIDE : null;
        return new ProjectFilter(fiscalYear(year), nodePath(), org, who, Set.copyOf(flags),
                flag.contains("strategic"), evaluation, outlook);
    }

    /**
     * The order; budget, settled and evaluation sort by {@code sortYear}, else the chosen year, else
     * the latest year of the plan that states that figure.
     */
    public ProjectOrder order(List<PlanYear> years) {
        var key = sortKey();
        Predicate<PlanYear> states = switch (key) {
            case BUDGET -> y -> y.totals().budgetStated() > 0;
            case SETTLED -> y -> y.totals().settledStated() > 0;
            case EVALUATION -> PlanYear::hasEvaluations;
            default -> y -> true;
        };
        var explicit = fiscalYear(sortYear) != null ? fiscalYear(sortYear) : fiscalYear(year);
        var chosen = explicit != null ? explicit : years.stream().filter(states).map(PlanYear::year)
                .reduce((a, b) -> b).orElse(null);
        return new ProjectOrder(key, "desc".equals(dir), chosen);
    }

    public ProjectOrder.Key sortKey() {
        try {
            return sort == null ? ProjectOrder.Key.NUMBER : ProjectOrder.Key.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return ProjectOrder.Key.NUMBER;
        }
    }

    public int pageNumber() {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public FiscalYear selectedYear() {
        return fiscalYear(year);
    }

    public boolean flagged(String name) {
        return flag.contains(name);
    }

    /** Whether anything narrows the list. */
    public boolean filtered() {
        var f = filter();
        return f.year() != null || f.node() != null || f.organization() != null || f.body() != null
                || !f.flags().isEmpty() || f.strategic() || f.evaluation() != null || f.outlook() != null;
    }

    /** The query string ({@code ?…}) of this query on another page. */
    public String pageLink(int number) {
        return query(sort, dir, sortYear, number == 1 ? null : Integer.toString(number));
    }

    /**
     * The query string sorting by {@code key} (and {@code year}'s figures): the other way round if
     * the list is already sorted so.
     */
    public String sortLink(String key, FiscalYear year, ProjectOrder current) {
        boolean same = current.key().name().equalsIgnoreCase(key) && (year == null || year.equals(current.year()));
        return query(key, same && !current.descending() ? "desc" : null,
                year == null ? null : Integer.toString(year.year()), null);
    }

    /** The query string of the same filters and order, for downloads and the API (no page). */
    public String filterQuery() {
        return query(sort, dir, sortYear, null);
    }

    /** {@link #filterQuery()} asking for a byte order mark, which Excel needs to read UTF-8 CSV. */
    public String excelQuery() {
        var query = filterQuery();
        return query + (query.equals("?") ? "" : "&") + "bom=true";
    }

    private String query(String sortValue, String dirValue, String sortYearValue, String pageValue) {
        var uri = UriComponentsBuilder.newInstance();
        add(uri, "year", year);
        add(uri, "node", node);
        add(uri, "org", org);
        add(uri, "body", body);
        flag.forEach(f -> add(uri, "flag", f));
        add(uri, "evaluation", evaluation);
        add(uri, "outlook", outlook);
        add(uri, "sort", sortValue);
        add(uri, "dir", dirValue);
        add(uri, "sortYear", sortYearValue);
        add(uri, "page", pageValue);
        show.forEach(s -> add(uri, "show", s));
        var text = uri.encode().build().toUriString();
        return text.isEmpty() ? "?" : text;
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }

    private NodePath nodePath() {
        try {
            return node == null || node.isBlank() ? null : NodePath.parse(node.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static FiscalYear fiscalYear(String text) {
        try {
            return text == null || text.isBlank() ? null : FiscalYear.of(Integer.parseInt(text.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

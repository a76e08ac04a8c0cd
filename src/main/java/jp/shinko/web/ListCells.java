package jp.shinko.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;
import jp.shinko.store.ProjectRow;
import org.springframework.stereotype.Component;

/** The cells of a project list row, used from templates and the CSV download as {@code @cells}. */
@Component("cells")
public class ListCells {

    private final MoneyText money;

    ListCells(MoneyText money) {
        this.money = money;
    }

    /** The text of a year column for a row: an amount, a mark or an outlook; ― where nothing is stated. */
    public String text(ProjectRow row, YearColumn column) {
        var record = row.year(column.year()).orElse(null);
        if (record == null) {
            return MoneyText.NONE;
        }
        return switch (column.kind()) {
            case BUDGET -> money.of(record.budget());
            case SETTLED -> money.of(record.settled());
            case EVALUATION -> record.evaluation() == null ? "" : record.evaluation().mark();
            case OUTLOOK -> record.outlook() == null ? "" : record.outlook();
        };
    }

    /**
     * The row's badges as message-key suffixes (PRIORITY, NEW, EXPANDED, STRATEGIC, OUTSIDE): the
     * flags of {@code only} or of any year, then what holds for the project in every year.
     */
    public List<String> badges(ProjectRow row, FiscalYear only) {
        var flags = EnumSet.noneOf(YearFlag.class);
        row.years().stream().filter(r -> only == null || r.year().equals(only))
                .map(YearRecord::flags).forEach(flags::addAll);
        var badges = new ArrayList<String>();
        flags.forEach(f -> badges.add(f.name()));
        if (row.strategicMarks() > 0) {
            badges.add("STRATEGIC");
        }
        if (!row.cityOwn()) {
            badges.add("OUTSIDE");
        }
        return badges;
    }
}

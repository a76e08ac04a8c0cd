package jp.shinko.search;

import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;

/** A project's money in one fiscal year as its list states it: budget (予算額) and settled amount (決算額). */
public record YearFigures(FiscalYear year, Amount budget, Amount settled) {

    /** The stored form, e.g. {@code 2020|VALUE|1200|NOT_STATED|0}. */
    String encode() {
        return year.year() + "|" + budget.kind() + "|" + budget.thousandYen() + "|"
                + settled.kind() + "|" + settled.thousandYen();
    }

    static YearFigures decode(String stored) {
        var parts = stored.split("\\|");
        return new YearFigures(FiscalYear.of(Integer.parseInt(parts[0])),
                new Amount(Amount.Kind.valueOf(parts[1]), Long.parseLong(parts[2])),
                new Amount(Amount.Kind.valueOf(parts[3]), Long.parseLong(parts[4])));
    }
}

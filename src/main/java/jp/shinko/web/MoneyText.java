package jp.shinko.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import jp.shinko.plan.Amount;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.MoneyKind;
import jp.shinko.plan.MoneyTotals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Prints amounts in thousand yen for pages, used from templates as {@code @money}: a stated
 * amount with thousands commas, ― where the list states none (never an invented 0), 非公開
 * where it is withheld.
 */
@Component("money")
public class MoneyText {

    static final String NONE = "―";

    private final MessageSource messages;

    MoneyText(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Amount amount) {
        if (amount == null) {
            return NONE;
        }
        return switch (amount.kind()) {
            case VALUE -> number(amount.thousandYen());
            case UNDISCLOSED -> undisclosed();
            case NONE, NOT_STATED -> NONE;
        };
    }

    /** The budget total of a summary: ― when no project states one. */
    public String budget(BudgetSummary summary) {
        return total(summary.budgetStated(), summary.budgetUndisclosed(), summary.budgetThousandYen());
    }

    /** The settled total of a summary: ― when no project states one. */
    public String settled(BudgetSummary summary) {
        return total(summary.settledStated(), summary.settledUndisclosed(), summary.settledThousandYen());
    }

    /** A total of typed figures in yen: ― when no project-year states one. */
    public String yen(MoneyTotals totals, MoneyKind kind) {
        return totals.has(kind) ? number(totals.yen(kind)) : NONE;
    }

    /** The same by the kind's name, for templates: {@code @money.yen(t, 'EXPENDITURE')}. */
    public String yen(MoneyTotals totals, String kind) {
        return yen(totals, MoneyKind.valueOf(kind));
    }

    /** A kind's printed name by its name: 支出済額 for EXPENDITURE. */
    public String label(String kind) {
        return MoneyKind.valueOf(kind).label();
    }

    /** An execution rate as a percentage with one decimal (97.4%); ― when unknown. */
    public String rate(Optional<BigDecimal> rate) {
        return rate.map(MoneyTable::percent).orElse(NONE);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    private String total(int stated, int undisclosed, long sum) {
        if (stated > 0) {
            return number(sum);
        }
        return undisclosed > 0 ? undisclosed() : NONE;
    }

    private String undisclosed() {
        return messages.getMessage("money.undisclosed", null, "非公開", LocaleContextHolder.getLocale());
    }
}

package jp.shinko.report.summary;

import jp.shinko.plan.Amount;

/** A project named in the summary's lists of new and ending projects, with the year's budget. */
public record ProjectLine(String number, String name, String node, String organization, Amount budget) {

    /** The budget as printed: 1,234, ― where none, 非公開. */
    public String printedBudget() {
        return switch (budget.kind()) {
            case VALUE -> String.format("%,d", budget.thousandYen());
            case UNDISCLOSED -> "非公開";
            case NONE, NOT_STATED -> "―";
        };
    }
}

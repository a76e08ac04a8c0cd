package jp.shinko.checks;

/**
 * One consistency rule, with the severity it has unless a plan says otherwise. The message of each
 * rule is {@code checks/messages*.properties} under {@code rule.<NAME>} (the finding's text) and
 * {@code rule.<NAME>.title} (the rule's name in lists).
 */
public enum Rule {
    /** The settlement (決算額) of a year is above that year's budget (予算額). */
    SETTLED_OVER_BUDGET(Severity.ERROR),
    /** Marked not run (―) although money was settled that year. */
    NOT_RUN_WITH_SETTLEMENT(Severity.ERROR),
    /** The outlook says 拡充 (or the year is flagged 拡充) after a year marked △ or ―. */
    LOW_MARK_THEN_EXPANDED(Severity.WARNING),
    /** Last year's outlook said 事業終了, yet this year has a budget. */
    ENDED_WITH_BUDGET(Severity.ERROR),
    /** Flagged 新規 although the project settled money the year before. */
    NEW_WITH_EARLIER_SETTLEMENT(Severity.ERROR),
    /** This year's budget is at least ten times last year's budget or settlement (or a tenth of it). */
    BUDGET_JUMP(Severity.WARNING),
    /** Expanded (拡充) without saying what is expanded: no 拡充要素 and no content. */
    EXPANSION_WITHOUT_NOTE(Severity.WARNING),
    /** Money in a year after the project's period (事業期間) ended. */
    MONEY_AFTER_PERIOD_END(Severity.ERROR),
    /** A budget or a settlement without any content (実施内容) for the year, nor a summary of the project. */
    MONEY_WITHOUT_CONTENT(Severity.WARNING);

    private final Severity defaultSeverity;

    Rule(Severity defaultSeverity) {
        this.defaultSeverity = defaultSeverity;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}

package jp.shinko.plan;

/**
 * The kinds of money figure a project-year can carry, as municipal budget, settlement, 事務事業評価
 * and 行政事業レビュー documents print them. {@link Group} says which part of the year each belongs to.
 */
public enum MoneyKind {
    INITIAL_BUDGET(Group.BUDGET, "当初予算"),
    /** One or more per year, each with its label (6月補正, 9月補正 …); may be a reduction (△). */
    SUPPLEMENTARY_BUDGET(Group.BUDGET, "補正予算"),
    CARRIED_FROM_PREVIOUS(Group.BUDGET, "前年度繰越"),
    /** 予備費充用・流用: may be negative when money moved out of the project. */
    RESERVE_AND_TRANSFER(Group.BUDGET, "予備費充用・流用"),
    CURRENT_BUDGET(Group.BUDGET, "予算現額"),
    /** 支出済額, the 決算額 of the sample lists. */
    EXPENDITURE(Group.SETTLEMENT, "支出済額"),
    CARRIED_TO_NEXT(Group.SETTLEMENT, "翌年度繰越"),
    UNUSED(Group.SETTLEMENT, "不用額"),
    REQUESTED(Group.PROCESS, "要求額"),
    ASSESSED(Group.PROCESS, "査定額"),
    NATIONAL_FUNDS(Group.FUNDING, "国庫支出金"),
    PREFECTURAL_FUNDS(Group.FUNDING, "都道府県支出金"),
    LOCAL_BONDS(Group.FUNDING, "地方債"),
    FEES(Group.FUNDING, "使用料・手数料"),
    DONATIONS(Group.FUNDING, "寄附金"),
    TRANSFERS_FROM_FUNDS(Group.FUNDING, "繰入金"),
    OTHER_SPECIFIC_FUNDS(Group.FUNDING, "その他特定財源"),
    GENERAL_FUNDS(Group.FUNDING, "一般財源"),
    PROJECT_COST(Group.COST, "事業費"),
    PERSONNEL_COST(Group.COST, "人件費"),
    TOTAL_COST(Group.COST, "トータルコスト");

    /** Which part of a project-year's money a kind belongs to. */
    public enum Group {
        BUDGET, SETTLEMENT, PROCESS, FUNDING, COST
    }

    private final Group group;
    private final String label;

    MoneyKind(Group group, String label) {
        this.group = group;
        this.label = label;
    }

    public Group group() {
        return group;
    }

    /** The name documents print: 当初予算, 不用額, 国庫支出金. */
    public String label() {
        return label;
    }

    /** Whether a year may carry several figures of this kind (each with its own label). */
    public boolean repeatable() {
        return this == SUPPLEMENTARY_BUDGET;
    }

    /** Whether a figure of this kind may be negative (a reduction, money moved out). */
    public boolean mayBeNegative() {
        return this == SUPPLEMENTARY_BUDGET || this == RESERVE_AND_TRANSFER;
    }
}

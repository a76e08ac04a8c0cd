package jp.shinko.plan;

/** A flag a project carries in one fiscal year's list. */
public enum YearFlag {
    /** 新規 / 【新】: first year. */
    NEW,
    /** 拡充: expanded this year. */
    EXPANDED,
    /** ★ 重点事業: a priority project this year. */
    PRIORITY
}

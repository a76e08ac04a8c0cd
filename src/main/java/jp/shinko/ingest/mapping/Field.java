package jp.shinko.ingest.mapping;

import java.util.Arrays;
import java.util.Optional;

/** What a column of a city's table holds, as a mapping profile names it ({@code field: budget}). */
public enum Field {
    /** 事業名: the one required field. */
    NAME("name"),
    /** The entry's number as printed (№, 番号). */
    NUMBER("number"),
    /** 事業概要: the project's summary. */
    SUMMARY("summary"),
    /** 実施内容: the year's content. */
    CONTENT("content"),
    /** 担当 in one column, or 課 where {@link #BUREAU} gives the 部. */
    DEPARTMENT("department"),
    /** 部: the department's parent in the organization tree. */
    BUREAU("bureau"),
    /** 予算額 of a fiscal year, in the column's unit. */
    BUDGET("budget"),
    /** 決算額 of a fiscal year, in the column's unit. */
    SETTLED("settled"),
    /** The city's evaluation mark, mapped to the plan's scale. */
    EVALUATION("evaluation"),
    /** 今後の方向性 (継続 / 拡充 / 終了 …). */
    OUTLOOK("outlook"),
    /** 事業期間, e.g. R2～R6, read through era/. */
    PERIOD("period"),
    /** Markers such as ●/○/新/拡/再掲, or words, each mapped to a meaning. */
    FLAGS("flags"),
    /** A strategic project's column: a mark in it makes the project one of its members. */
    STRATEGIC("strategic"),
    /** 備考. */
    NOTES("notes"),
    /** A hierarchy code: one level ({@code level: 2}) or the whole path split at a separator. */
    CODE("code"),
    /** A node's title, for the level given. */
    NODE_TITLE("node-title");

    private final String id;

    Field(String id) {
        this.id = id;
    }

    /** The name a profile uses. */
    public String id() {
        return id;
    }

    public static Optional<Field> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** Whether the column holds money and so needs a unit. */
    public boolean isAmount() {
        return this == BUDGET || this == SETTLED;
    }

    /** Whether the column is read for a fiscal year of its own. */
    public boolean hasYear() {
        return isAmount() || this == EVALUATION;
    }
}

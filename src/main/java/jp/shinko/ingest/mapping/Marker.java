package jp.shinko.ingest.mapping;

import java.util.Arrays;
import java.util.Optional;

/** What a marker in a flags column means ({@code marks: {新: new, ●: strategic}}). */
public enum Marker {
    /** 新規: the project's first year. */
    NEW("new"),
    /** 拡充: expanded this year. */
    EXPANDED("expanded"),
    /** 重点: a priority project this year. */
    PRIORITY("priority"),
    /** A strategic project (戦略 / 重点 プロジェクト). */
    STRATEGIC("strategic"),
    /** 再掲: a re-listing of a project listed first under another node. */
    RELISTED("relisted");

    private final String id;

    Marker(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Marker> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}

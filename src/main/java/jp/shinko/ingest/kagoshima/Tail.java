package jp.shinko.ingest.kagoshima;

import java.util.List;

/**
 * The cells after the outlook: 拡充要素（予定） (null if empty or a dash), 実施主体（所管） as its
 * printed lines (empty if none) and 関係機関等, one entry per item.
 */
record Tail(String expansionNote, List<String> implementerLines, List<String> related) {

    Tail {
        implementerLines = List.copyOf(implementerLines);
        related = List.copyOf(related);
    }
}

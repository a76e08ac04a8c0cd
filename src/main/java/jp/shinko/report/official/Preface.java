package jp.shinko.report.official;

import java.util.List;

/** Text printed before the table: Kumamoto's 重点事項, an introduction and numbered items. */
public record Preface(String heading, String introduction, List<String> items) {

    public Preface {
        introduction = introduction == null ? "" : introduction;
        items = List.copyOf(items);
    }
}

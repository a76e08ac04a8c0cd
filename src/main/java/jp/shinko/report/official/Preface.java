package jp.shinko.report.official;

import java.util.List;

/**
 * Text printed before the table: Kumamoto's 重点事項, an introduction and numbered items.
 *
 * @param name the name of the sheet it gets in a workbook
 */
public record Preface(String name, String heading, String introduction, List<String> items) {

    public Preface {
        introduction = introduction == null ? "" : introduction;
        items = List.copyOf(items);
    }
}

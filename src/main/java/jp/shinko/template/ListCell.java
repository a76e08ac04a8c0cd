package jp.shinko.template;

import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several items in one cell, one per line (Alt+Enter in Excel). An item that itself spans lines
 * or is blank cannot be written so; then the cell holds a JSON array of strings instead, e.g.
 * {@code ["（複数の事業の総称\n・農商工連携支援事業）"]}. The reader takes both.
 */
final class ListCell {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private ListCell() {
    }

    static Cell write(List<String> items) {
        if (items.isEmpty()) {
            return Cell.BLANK;
        }
        boolean plain = items.stream().noneMatch(i -> i.isBlank() || i.contains("\n") || i.contains("\r"))
                && !items.get(0).startsWith("[");
        return Cell.text(plain ? String.join("\n", items) : JSON.writeValueAsString(items));
    }

    static List<String> read(Cell cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        String text = cell.asText();
        if (text.startsWith("[")) {
            try {
                List<String> items = JSON.readValue(text, STRINGS);
                if (items.stream().noneMatch(java.util.Objects::isNull)) {
                    return List.copyOf(items);
                }
            } catch (JacksonException e) {
                // Not JSON: an item that happens to start with "[" — read it as lines.
            }
        }
        return Arrays.stream(text.split("\r\n|\r|\n")).filter(line -> !line.isBlank()).toList();
    }
}

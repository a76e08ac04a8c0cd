package jp.shinko.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value (as Jackson reads it into maps, lists and scalars) against a schema of the
 * OpenAPI document: the subset the document uses ($ref, type, properties, required, items, enum,
 * oneOf, additionalProperties). Returns the problems found, empty if none.
 */
final class SchemaCheck {

    private final Map<String, Object> document;
    private final List<String> problems = new ArrayList<>();

    private SchemaCheck(Map<String, Object> document) {
        this.document = document;
    }

    static List<String> problems(Map<String, Object> document, Map<String, Object> schema, Object value) {
        var check = new SchemaCheck(document);
        check.check("$", schema, value);
        return check.problems;
    }

    @SuppressWarnings("unchecked")
    private void check(String at, Map<String, Object> schema, Object value) {
        if (schema.containsKey("$ref")) {
            var name = ((String) schema.get("$ref")).substring("#/components/schemas/".length());
            var schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
            check(at, (Map<String, Object>) schemas.get(name), value);
            return;
        }
        if (schema.containsKey("oneOf")) {
            var matching = ((List<Map<String, Object>>) schema.get("oneOf")).stream()
                    .filter(s -> problems(document, s, value).isEmpty()).count();
            if (matching != 1) {
                problems.add(at + ": matches " + matching + " of oneOf");
            }
            return;
        }
        var types = schema.get("type") instanceof List<?> list ? (List<String>) list
                : schema.containsKey("type") ? List.of((String) schema.get("type")) : List.<String>of();
        if (!types.isEmpty() && types.stream().noneMatch(t -> isType(t, value))) {
            problems.add(at + ": expected " + types + " but was " + value);
            return;
        }
        if (schema.containsKey("enum") && value != null && !((List<?>) schema.get("enum")).contains(value)) {
            problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value instanceof Map<?, ?> map) {
            var properties = (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
            for (var required : (List<String>) schema.getOrDefault("required", List.of())) {
                if (!map.containsKey(required)) {
                    problems.add(at + ": missing " + required);
                }
            }
            for (var entry : map.entrySet()) {
                var property = properties.get((String) entry.getKey());
                if (property == null && schema.get("additionalProperties") instanceof Map<?, ?> extra) {
                    property = (Map<String, Object>) extra;
                }
                if (property == null) {
                    problems.add(at + ": undocumented property " + entry.getKey());
                } else {
                    check(at + "." + entry.getKey(), property, entry.getValue());
                }
            }
        }
        if (value instanceof List<?> list && schema.containsKey("items")) {
            for (int i = 0; i < list.size(); i++) {
                check(at + "[" + i + "]", (Map<String, Object>) schema.get("items"), list.get(i));
            }
        }
    }

    private static boolean isType(String type, Object value) {
        return switch (type) {
            case "null" -> value == null;
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Integer || value instanceof Long;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "array" -> value instanceof List;
            case "object" -> value instanceof Map;
            default -> false;
        };
    }
}

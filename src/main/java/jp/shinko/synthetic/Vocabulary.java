package jp.shinko.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The words of both sample lists (resource synthetic/vocabulary.txt), by kind. */
record Vocabulary(List<String> names, List<String> summaries, List<String> contents, List<String> departments,
                  List<String> bodies, List<String> titles, List<String> outlooks, List<String> expansion,
                  List<String> priorities) {

    static Vocabulary load() {
        var sections = new HashMap<String, List<String>>();
        var stream = Objects.requireNonNull(Vocabulary.class.getResourceAsStream("/synthetic/vocabulary.txt"),
                "synthetic/vocabulary.txt");
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String> current = null;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(section(sections, "names"), section(sections, "summaries"),
                section(sections, "contents"), section(sections, "departments"), section(sections, "bodies"),
                section(sections, "titles"), section(sections, "outlooks"), section(sections, "expansion"),
                section(sections, "priorities"));
    }

    private static List<String> section(Map<String, List<String>> sections, String name) {
        var list = sections.get(name);
        if (list == null || list.isEmpty()) {
            throw new IllegalStateException("synthetic/vocabulary.txt has no [" + name + "]");
        }
        return List.copyOf(list);
    }
}

package jp.shinko.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;

/** The hand-labelled themes in src/test/resources/compare/labels.csv. */
record ThemeLabels(String plan, String project, Set<String> themes, String reason) {

    static List<ThemeLabels> all() {
        try (var reader = Files.newBufferedReader(Path.of("src/test/resources/compare/labels.csv"), StandardCharsets.UTF_8)) {
            var list = new ArrayList<ThemeLabels>();
            for (var row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                var themes = Arrays.stream(row.get("themes").split("\\|")).filter(s -> !s.isBlank())
                        .collect(Collectors.toUnmodifiableSet());
                list.add(new ThemeLabels(row.get("plan"), row.get("project"), themes, row.get("reason")));
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

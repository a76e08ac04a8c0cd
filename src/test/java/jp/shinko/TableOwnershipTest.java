package jp.shinko;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table has one owning module, and only the owner writes it. The ownership map is the table
 * in docs/architecture.md, so the documentation and the build cannot disagree.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/jp/shinko");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** SQL in this code base is written in upper case; a table name follows the keyword. */
    private static final Pattern SQL_WRITE =
            Pattern.compile("\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern BULK_INSERT = Pattern.compile("new BulkInsert\\(\\w+,\\s*\"([a-z_][a-z0-9_]*)\"");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE TABLE\\s+(?:IF NOT EXISTS\\s+)?([a-z_][a-z0-9_]*)");

    @Test
    void everyTableCreatedByAMigrationHasExactlyOneOwner() throws IOException {
        var owners = ModuleMap.read().owners();
        var created = new TreeSet<String>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (var file : files.toList()) {
                var matcher = CREATE_TABLE.matcher(Files.readString(file));
                while (matcher.find()) {
                    created.add(matcher.group(1).toLowerCase());
                }
            }
        }
        assertThat(owners.keySet()).as("tables named in docs/architecture.md").containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void noModuleWritesATableItDoesNotOwn() throws IOException {
        var owners = ModuleMap.read().owners();
        var foreignWrites = new ArrayList<String>();
        for (var write : writes()) {
            var owner = owners.get(write.table());
            if (!write.module().equals(owner)) {
                foreignWrites.add(write + " (owner: " + owner + ")");
            }
        }
        assertThat(foreignWrites).isEmpty();
    }

    @Test
    void theScanFindsTheWritesItIsMeantToFind() throws IOException {
        // Guards the scanner itself: the round's own tables and store's bulk inserts are seen.
        var tablesByModule = new TreeMap<String, TreeSet<String>>();
        for (var write : writes()) {
            tablesByModule.computeIfAbsent(write.module(), k -> new TreeSet<>()).add(write.table());
        }
        assertThat(tablesByModule.get("audit")).containsExactly("audit_entries");
        assertThat(tablesByModule.get("cycle")).containsExactly("login_failures", "record_revisions",
                "round_entries", "rounds", "user_memberships", "users");
        assertThat(tablesByModule.get("compare")).containsExactly("municipality_figures", "theme_overrides", "themes");
        assertThat(tablesByModule.get("store")).contains("year_records", "year_record_flags", "projects",
                "placements", "organizations", "plan_levels", "source_lines", "import_changes");
    }

    /** A write of {@code table} in a file of {@code module}. */
    record Write(String module, String file, String table) {
        @Override
        public String toString() {
            return module + " writes " + table + " in " + file;
        }
    }

    private static List<Write> writes() throws IOException {
        var writes = new ArrayList<Write>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var relative = SOURCES.relativize(file);
                var module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                var text = Files.readString(file);
                for (var pattern : List.of(SQL_WRITE, BULK_INSERT)) {
                    var matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        writes.add(new Write(module, relative.toString(), matcher.group(1)));
                    }
                }
            }
        }
        return writes;
    }

    /** The module table of docs/architecture.md: module, the tables it owns, the modules it may use. */
    record ModuleMap(Map<String, List<String>> tables, Map<String, List<String>> dependencies) {

        static ModuleMap read() throws IOException {
            var tables = new LinkedHashMap<String, List<String>>();
            var dependencies = new LinkedHashMap<String, List<String>>();
            boolean inTable = false;
            for (var line : Files.readAllLines(Path.of("docs/architecture.md"))) {
                if (line.startsWith("| module | owns tables | may use |")) {
                    inTable = true;
                    continue;
                }
                if (inTable && !line.startsWith("|")) {
                    break;
                }
                if (inTable && !line.startsWith("|---")) {
                    var cells = line.split("\\|", -1);
                    var module = cells[1].trim();
                    tables.put(module, names(cells[2]));
                    dependencies.put(module, names(cells[3]));
                }
            }
            return new ModuleMap(tables, dependencies);
        }

        private static List<String> names(String cell) {
            return Stream.of(cell.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        /** Table to owning module; a table named twice fails here. */
        Map<String, String> owners() {
            var owners = new TreeMap<String, String>();
            tables.forEach((module, names) -> names.forEach(table -> {
                var previous = owners.put(table, module);
                assertThat(previous).as("second owner of " + table).isNull();
            }));
            return owners;
        }
    }
}

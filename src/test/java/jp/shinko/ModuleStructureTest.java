package jp.shinko;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.Modulithic;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module boundaries and their map: Spring Modulith's verification (no cycles, no use of
 * another module's internals, no dependency a module did not declare), every declared dependency
 * actually used, docs/architecture.md listing exactly the declared ones, and the diagram in docs/
 * regenerated from the code.
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ShinkoApplication.class);

    /** Modules every module may use without declaring them (plan, era, json). */
    private static final Set<String> SHARED = Set.of(ShinkoApplication.class.getAnnotation(Modulithic.class).sharedModules());

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresExactlyTheModulesItUses() {
        assertThat(declared()).isEqualTo(used());
    }

    @Test
    void architectureMdListsEveryModuleWithItsDeclaredDependencies() throws IOException {
        var documented = new TreeMap<String, List<String>>();
        TableOwnershipTest.ModuleMap.read().dependencies()
                .forEach((module, deps) -> documented.put(module, deps.stream().sorted().toList()));
        assertThat(documented.keySet()).as("modules in docs/architecture.md").isEqualTo(used().keySet());
        assertThat(documented).isEqualTo(declared());
    }

    @Test
    void architectureMdShowsTheDiagramOfTheCode() throws IOException {
        var expected = mermaid();
        assertThat(Files.readString(Path.of("docs/architecture.md")))
                .as("docs/architecture.md must contain this diagram, generated from the code:%n%s", expected)
                .contains(expected);
    }

    @Test
    void writesTheModuleDiagramsIntoDocs() throws IOException {
        var folder = Path.of("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        sortLines(folder);
        // The PlantUML component diagram draws exactly the dependencies the code has, shared ones included.
        var drawn = new TreeSet<String>();
        var relation = Pattern.compile("^Rel\\(ShinkoApplication\\.ShinkoApplication\\.(\\w+), "
                + "ShinkoApplication\\.ShinkoApplication\\.(\\w+),");
        Files.readString(folder.resolve("components.puml")).lines().map(relation::matcher).filter(Matcher::find)
                .forEach(m -> drawn.add(m.group(1).toLowerCase() + " -> " + m.group(2).toLowerCase()));
        var used = new TreeSet<String>();
        MODULES.forEach(m -> m.getDirectDependencies(MODULES).uniqueModules()
                .forEach(d -> used.add(name(m) + " -> " + name(d))));
        assertThat(drawn).contains("cycle -> audit", "compare -> audit", "cycle -> store").isEqualTo(used);
        assertThat(folder.resolve("module-audit.puml")).exists();
    }

    /**
     * Sorts the runs of component and relation lines the Documenter writes in no fixed order, so the
     * files in docs/ change only when the modules do.
     */
    private static void sortLines(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (var file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                var lines = new ArrayList<>(Files.readAllLines(file));
                for (int start = 0; start < lines.size(); start++) {
                    var kind = kind(lines.get(start));
                    int end = start;
                    while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
                        end++;
                    }
                    if (end > start + 1) {
                        Collections.sort(lines.subList(start, end));
                        start = end - 1;
                    }
                }
                Files.write(file, lines);
            }
        }
    }

    private static String kind(String line) {
        var trimmed = line.strip();
        return trimmed.startsWith("Rel(") ? "Rel" : trimmed.startsWith("Component(") ? "Component" : null;
    }

    /** Module to the modules its package-info.java allows beyond the shared ones, sorted. */
    static Map<String, List<String>> declared() {
        return MODULES.stream().collect(Collectors.toMap(ModuleStructureTest::name,
                m -> unshared(m, m.getAllowedDependencies(MODULES).stream().map(d -> d.getTargetModule())),
                (a, b) -> a, TreeMap::new));
    }

    /** Module to the modules its code refers to beyond the shared ones, sorted. */
    static Map<String, List<String>> used() {
        return MODULES.stream().collect(Collectors.toMap(ModuleStructureTest::name,
                m -> unshared(m, m.getDirectDependencies(MODULES).uniqueModules()),
                (a, b) -> a, TreeMap::new));
    }

    private static List<String> unshared(ApplicationModule module, Stream<ApplicationModule> dependencies) {
        return dependencies.map(ModuleStructureTest::name)
                .filter(d -> !SHARED.contains(d) && !d.equals(name(module))).distinct().sorted().toList();
    }

    /** The dependency graph as a Mermaid block, the form GitHub draws in docs/architecture.md. */
    static String mermaid() {
        var text = new StringBuilder("```mermaid\ngraph LR\n");
        declared().forEach((module, deps) -> deps.forEach(dep -> text.append("  ").append(module).append(" --> ")
                .append(dep).append('\n')));
        return text.append("```\n").toString();
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}

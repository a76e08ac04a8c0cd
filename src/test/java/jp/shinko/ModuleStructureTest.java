package jp.shinko;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the package-by-capability boundaries: no cycles, no reaching into another module's internals. */
class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(ShinkoApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modules"))
                .writeModulesAsPlantUml();
    }
}

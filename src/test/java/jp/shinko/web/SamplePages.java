package jp.shinko.web;

import java.nio.file.Path;
import java.util.List;
import jp.shinko.ShinkoSpringTest;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.store.PlanRepository;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages over both sample documents imported into one in-memory database, shared by every page
 * test (one Spring context, one import).
 */
@ShinkoSpringTest
abstract class SamplePages {

    static final String KAGOSHIMA = "/plans/kagoshima-shokogyo";
    static final String KUMAMOTO = "/plans/kumamoto-chusho";

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void importBothSamples(@Autowired ImportDocuments imports, @Autowired PlanRepository plans) {
        if (plans.plans().size() < 2) {
            imports.run(List.of(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"),
                    Path.of("samples/kumamoto-chusho-plan-r6.txt")), null);
        }
    }
}

package jp.shinko.report;

import java.nio.file.Path;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.Layouts;
import jp.shinko.plan.PlanContent;

/** The plan content of the two sample documents, read once per test run without a database. */
final class SamplePlans {

    static final String KAGOSHIMA = "samples/kagoshima-shokogyo-plan-r1-r2.txt";

    private static PlanContent kagoshima;
    private static PlanContent kumamoto;

    private SamplePlans() {
    }

    static synchronized PlanContent kagoshima() {
        if (kagoshima == null) {
            kagoshima = read(KAGOSHIMA);
        }
        return kagoshima;
    }

    static synchronized PlanContent kumamoto() {
        if (kumamoto == null) {
            kumamoto = read("samples/kumamoto-chusho-plan-r6.txt");
        }
        return kumamoto;
    }

    private static PlanContent read(String file) {
        return new DocumentReader(Layouts.builtIn()).read(Path.of(file), null).parsed().content();
    }
}

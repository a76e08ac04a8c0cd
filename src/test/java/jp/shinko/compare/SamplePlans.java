package jp.shinko.compare;

import java.nio.file.Path;
import java.util.List;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.Layouts;
import jp.shinko.plan.PlanContent;

/** Both sample documents parsed once with the built-in layouts. */
final class SamplePlans {

    private static List<PlanContent> plans;

    private SamplePlans() {
    }

    static synchronized List<PlanContent> both() {
        if (plans == null) {
            var reader = new DocumentReader(Layouts.builtIn());
            plans = List.of(
                    reader.read(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"), null).parsed().content(),
                    reader.read(Path.of("samples/kumamoto-chusho-plan-r6.txt"), null).parsed().content());
        }
        return plans;
    }
}

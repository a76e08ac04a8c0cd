package jp.shinko.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Export and import time of the Kagoshima sample (286 projects, 572 year records), warm and
 * in-process. Opt-in, as timings belong on a quiet machine:
 * {@code ./mvnw -q -B test -Dtest=TemplateTimingTest -Dshinko.timing=true}.
 */
@EnabledIfSystemProperty(named = "shinko.timing", matches = "true")
class TemplateTimingTest {

    @Test
    void kagoshimaExportsAndImportsWellUnderASecondWhenWarm() {
        var content = Samples.KAGOSHIMA.content();
        var reader = new TemplateReader();
        for (var format : TemplateFormat.values()) {
            byte[] file = null;
            for (int i = 0; i < 5; i++) { // class loading and the JIT
                file = TemplateWriter.toBytes(content, format);
                reader.content("plan." + format.extension(), file);
            }
            int runs = 10;
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                file = TemplateWriter.toBytes(content, format);
            }
            long exported = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                assertThat(reader.content("plan." + format.extension(), file)).isEqualTo(content);
            }
            long imported = System.nanoTime();
            double exportMillis = (exported - start) / 1e6 / runs;
            double importMillis = (imported - exported) / 1e6 / runs;
            System.out.printf("%s: %,d bytes, export %.0f ms, import %.0f ms (mean of %d, warm)%n",
                    format, file.length, exportMillis, importMillis, runs);
            assertThat(exportMillis).isLessThan(1_000);
            assertThat(importMillis).isLessThan(1_000);
        }
    }
}

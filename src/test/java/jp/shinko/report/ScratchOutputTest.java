package jp.shinko.report;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchOutputTest {
    @Test
    void writeAll() throws Exception {
        var dir = Files.createDirectories(Path.of("target/report-samples"));
        var exporter = new PlanExporter();
        for (var content : new jp.shinko.plan.PlanContent[] {SamplePlans.kagoshima(), SamplePlans.kumamoto()}) {
            for (var format : ExportFormat.values()) {
                long t = System.nanoTime();
                var export = exporter.export(content, ExportRequest.of(format));
                System.out.printf("%s %s %d ms %d bytes%n", export.asciiFileName(), export.fileName(),
                        (System.nanoTime() - t) / 1_000_000, export.bytes().length);
                Files.write(dir.resolve(export.asciiFileName()), export.bytes());
            }
        }
    }
}

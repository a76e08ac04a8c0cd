package jp.shinko.report;

import org.junit.jupiter.api.Test;

class ScratchTimingTest {
    @Test
    void time() {
        var exporter = new PlanExporter();
        var content = SamplePlans.kagoshima();
        for (var format : new ExportFormat[] {ExportFormat.OFFICIAL_XLSX, ExportFormat.OFFICIAL_PDF}) {
            for (int i = 0; i < 6; i++) {
                var bean = java.lang.management.ManagementFactory.getThreadMXBean();
                long c = bean.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                exporter.export(content, ExportRequest.of(format));
                System.out.printf("%s run %d: %d ms wall, %d ms cpu%n", format, i, (System.nanoTime() - t) / 1_000_000,
                        (bean.getCurrentThreadCpuTime() - c) / 1_000_000);
            }
        }
    }
}

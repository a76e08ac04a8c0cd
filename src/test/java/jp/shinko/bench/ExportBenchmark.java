package jp.shinko.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.Layouts;
import jp.shinko.plan.PlanContent;
import jp.shinko.report.Export;
import jp.shinko.report.ExportFormat;
import jp.shinko.report.ExportRequest;
import jp.shinko.report.PlanExporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Warm, in-process export time of the 286-record Kagoshima list in each format. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExportBenchmark {

    @Param({"official-xlsx", "official-pdf", "summary-xlsx", "summary-pdf", "csv", "json"})
    public String format;

    private final PlanExporter exporter = new PlanExporter();
    private PlanContent content;
    private ExportRequest request;

    @Setup
    public void read() {
        content = new DocumentReader(Layouts.builtIn())
                .read(Path.of("samples", "kagoshima-shokogyo-plan-r1-r2.txt"), null).parsed().content();
        request = ExportRequest.of(ExportFormat.byId(format).orElseThrow());
    }

    @Benchmark
    public Export export() {
        return exporter.export(content, request);
    }
}

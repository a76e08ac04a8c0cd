package jp.shinko.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.Layouts;
import jp.shinko.plan.PlanContent;
import jp.shinko.template.TemplateFormat;
import jp.shinko.template.TemplateReader;
import jp.shinko.template.TemplateWriter;
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

/** Warm export and import of the Kagoshima sample (286 projects, 572 year records) as the XLSX / CSV template. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TemplateBenchmark {

    @Param({"XLSX", "CSV_ZIP"})
    public TemplateFormat format;

    private PlanContent content;
    private byte[] exported;

    @Setup
    public void read() throws IOException {
        content = new DocumentReader(Layouts.builtIn())
                .read(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"), null).parsed().content();
        exported = TemplateWriter.toBytes(content, format);
    }

    @Benchmark
    public byte[] export() {
        return TemplateWriter.toBytes(content, format);
    }

    @Benchmark
    public PlanContent importBack() {
        return new TemplateReader().content("kagoshima." + (format == TemplateFormat.XLSX ? "xlsx" : "zip"), exported);
    }
}

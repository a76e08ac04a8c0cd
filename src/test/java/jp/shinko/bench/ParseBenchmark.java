package jp.shinko.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.Layouts;
import jp.shinko.ingest.ParsedDocument;
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

/** Warm, in-process parse time of each sample document: layout detection plus the parser. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseBenchmark {

    @Param({"kagoshima-shokogyo-plan-r1-r2.txt", "kumamoto-chusho-plan-r6.txt"})
    public String sample;

    private final Layouts layouts = Layouts.builtIn();
    private DocumentText text;

    @Setup
    public void read() throws IOException {
        var path = Path.of("samples", sample);
        text = DocumentText.fromUtf8(sample, Files.readAllBytes(path));
    }

    @Benchmark
    public ParsedDocument parse() {
        return layouts.choose(text, null).parse(text);
    }
}

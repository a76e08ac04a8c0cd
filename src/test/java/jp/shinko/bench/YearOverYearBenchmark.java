package jp.shinko.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.Layouts;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.YearNames;
import jp.shinko.plan.YearOverYear;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The year-over-year changes of Kagoshima's list, FY2019 → FY2020 (286 projects, 157 contents
 * compared phrase by phrase), computed from the plan's content. Run with
 * {@code ./mvnw -B -Pbench verify -Djmh.args="-f 1 YearOverYearBenchmark"}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class YearOverYearBenchmark {

    private PlanContent kagoshima;

    @Setup
    public void read() {
        kagoshima = new DocumentReader(Layouts.builtIn())
                .read(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"), null).parsed().content();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public YearOverYear changes() {
        return YearOverYear.of(kagoshima, FiscalYear.of(2020), YearNames.current());
    }
}

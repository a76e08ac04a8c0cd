package jp.shinko.search;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.ByteBuffersDirectory;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Searches that forgive, over both samples: a reading in kana, a typo answered with
 * 「もしかして」 (a miss, then the suggestion's own count), OR and exclusion. SampleTime gives the
 * percentiles (p0.95 is the target, ≤ 30 ms). Run with
 * {@code ./mvnw -B -Pbench verify -Djmh.args="-f 1 ForgivingSearchBenchmark"}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ForgivingSearchBenchmark {

    @Param({"しょうてんがい", "事業継承", "インバンド", "創業 OR 起業", "創業 -セミナー", "核融合発電"})
    public String query;

    private ProjectIndex index;

    @Setup
    public void build() throws IOException {
        index = new ProjectIndex(new ByteBuffersDirectory());
        index.rebuild(SampleIndex.contents());
        index.search(SearchRequest.of("事業承継")); // the vocabulary of this index version, built once
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SearchResults search() throws IOException {
        return index.search(SearchRequest.of(query));
    }

    @TearDown
    public void close() throws IOException {
        index.close();
    }
}

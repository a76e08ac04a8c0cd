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
 * In-process search over both samples (345 projects): answering a query with hits, facets and
 * highlighting. Run with {@code ./mvnw -Pbench verify}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {

    @Param({"事業承継", "インバウンド", "ＤＸ", "観光 振興", "鹿児島商工会議所"})
    public String query;

    private ProjectIndex index;

    @Setup
    public void build() throws IOException {
        index = new ProjectIndex(new ByteBuffersDirectory());
        index.rebuild(SampleIndex.contents());
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

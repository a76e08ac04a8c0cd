package jp.shinko.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.shinko.plan.PlanContent;
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
 * In-process search over both samples (345 projects): building the whole index, and answering a
 * query with hits, facets and highlighting. Run with {@code ./mvnw -Pbench verify}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {

    @Param({"事業承継", "インバウンド", "ＤＸ", "観光 振興", "鹿児島商工会議所"})
    public String query;

    private List<PlanContent> contents;
    private ProjectIndex index;

    @Setup
    public void build() throws IOException {
        contents = SampleIndex.contents();
        index = new ProjectIndex(new ByteBuffersDirectory());
        index.rebuild(contents);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SearchResults search() throws IOException {
        return index.search(SearchRequest.of(query));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int rebuildIndex() throws IOException {
        try (var fresh = new ProjectIndex(new ByteBuffersDirectory())) {
            return fresh.rebuild(contents);
        }
    }

    @TearDown
    public void close() throws IOException {
        index.close();
    }
}

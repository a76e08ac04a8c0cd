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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Building the whole search index of both samples (345 projects) in memory, parsing excluded. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchIndexBenchmark {

    private List<PlanContent> contents;

    @Setup
    public void read() {
        contents = SampleIndex.contents();
    }

    @Benchmark
    public int rebuildIndex() throws IOException {
        try (var index = new ProjectIndex(new ByteBuffersDirectory())) {
            return index.rebuild(contents);
        }
    }
}

package jp.shinko.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Index build time for both samples and in-process query latency (hits, facets and highlighting
 * included); the numbers are printed for docs/benchmarks.md, the bounds are generous on purpose.
 */
class SearchSpeedTest {

    private static final List<String> QUERIES = List.of("事業承継", "インバウンド", "半導体", "創業", "ＤＸ", "商店街",
            "ものづくり", "ｲﾝﾊﾞｳﾝﾄﾞ", "観光 振興", "事業承継 セミナー", "京都", "鹿児島商工会議所");

    @Test
    void buildingTheIndexOfBothSamplesAndAnsweringQueriesIsFast() throws IOException {
        var contents = SampleIndex.contents();
        long builds = Long.MAX_VALUE;
        ProjectIndex index = null;
        for (int round = 0; round < 2; round++) {
            if (index != null) {
                index.close();
            }
            index = new ProjectIndex(new ByteBuffersDirectory());
            long start = System.nanoTime();
            index.rebuild(contents);
            builds = Math.min(builds, System.nanoTime() - start);
        }
        for (var query : QUERIES) { // warm-up
            index.search(SearchRequest.of(query));
        }
        var times = new ArrayList<Long>();
        for (int round = 0; round < 10; round++) {
            for (var query : QUERIES) {
                long start = System.nanoTime();
                index.search(SearchRequest.of(query));
                times.add(System.nanoTime() - start);
            }
        }
        Collections.sort(times);
        double p50 = times.get(times.size() / 2) / 1e6;
        double p95 = times.get(times.size() * 95 / 100) / 1e6;
        double buildMillis = builds / 1e6;
        System.out.printf("search benchmark: index build (345 projects, both samples, best of 2) %.0f ms;"
                + " query latency over %d queries p50 %.2f ms, p95 %.2f ms%n", buildMillis, times.size(), p50, p95);
        index.close();
        assertThat(buildMillis).isLessThan(10_000);
        assertThat(p50).isLessThan(50);
    }
}

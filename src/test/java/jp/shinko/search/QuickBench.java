package jp.shinko.search;

import java.util.ArrayList;
import java.util.Collections;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.YearNames;
import jp.shinko.plan.YearOverYear;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A quick in-process timing loop over both samples for docs/benchmarks.md when JMH cannot run
 * (a loaded machine): search p50/p95 per query and the year-over-year changes of Kagoshima. Run with
 * {@code java -cp target/classes:target/test-classes:CLASSPATH jp.shinko.search.QuickBench}.
 */
public class QuickBench {
    public static void main(String[] args) throws Exception {
        var contents = SampleIndex.contents();
        var index = new ProjectIndex(new ByteBuffersDirectory());
        index.rebuild(contents);
        long t0 = System.nanoTime();
        index.search(SearchRequest.of("事業承継"));
        System.out.printf("first search (builds the vocabulary): %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        String[] queries = {"事業承継", "しょうてんがい", "事業継承", "インバンド", "創業 OR 起業", "創業 -セミナー", "核融合発電"};
        for (var q : queries) {
            for (int i = 0; i < 50; i++) index.search(SearchRequest.of(q));
            var times = new ArrayList<Double>();
            for (int i = 0; i < 200; i++) {
                long s = System.nanoTime();
                var r = index.search(SearchRequest.of(q));
                times.add((System.nanoTime() - s) / 1e6);
            }
            Collections.sort(times);
            System.out.printf("search %-14s p50 %.2f ms  p95 %.2f ms  max %.2f ms%n", q, times.get(100), times.get(189), times.get(199));
        }
        var kagoshima = contents.get(0);
        for (int i = 0; i < 30; i++) YearOverYear.of(kagoshima, FiscalYear.of(2020), YearNames.current());
        var times = new ArrayList<Double>();
        for (int i = 0; i < 100; i++) {
            long s = System.nanoTime();
            YearOverYear.of(kagoshima, FiscalYear.of(2020), YearNames.current());
            times.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(times);
        System.out.printf("YearOverYear Kagoshima FY2020 p50 %.2f ms  p95 %.2f ms%n", times.get(50), times.get(94));
        index.close();
    }
}

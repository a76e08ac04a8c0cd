package jp.shinko.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.Layouts;
import jp.shinko.plan.PlanContent;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Both sample documents parsed with the built-in layouts, and an in-memory index of them. */
final class SampleIndex {

    static final String KAGOSHIMA = "kagoshima-shokogyo";
    static final String KUMAMOTO = "kumamoto-chusho";

    private static List<PlanContent> contents;
    private static ProjectIndex index;

    private SampleIndex() {
    }

    static synchronized List<PlanContent> contents() {
        if (contents == null) {
            var reader = new DocumentReader(Layouts.builtIn());
            contents = List.of(
                    reader.read(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"), null).parsed().content(),
                    reader.read(Path.of("samples/kumamoto-chusho-plan-r6.txt"), null).parsed().content());
        }
        return contents;
    }

    /** One index shared by the tests that only read it. */
    static synchronized ProjectIndex shared() {
        if (index == null) {
            index = fresh();
        }
        return index;
    }

    /** Every hit for the text, all pages. */
    static List<SearchHit> all(ProjectIndex index, String query) {
        try {
            var hits = new java.util.ArrayList<SearchHit>();
            var request = SearchRequest.of(query);
            SearchResults results;
            do {
                results = index.search(request);
                hits.addAll(results.hits());
                request = request.withPage(request.page() + 1);
            } while (results.hasNextPage());
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the hits in one plan, in rank order. */
    static List<String> names(List<SearchHit> hits, String planKey) {
        return hits.stream().filter(h -> h.planKey().equals(planKey)).map(SearchHit::name).toList();
    }

    static ProjectIndex fresh() {
        try {
            var fresh = new ProjectIndex(new ByteBuffersDirectory());
            fresh.rebuild(contents());
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

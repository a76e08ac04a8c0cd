package jp.shinko.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the facet values (sorted-set doc values holding {@code key␟label}) of every matching
 * document, not just the top hits, so the counts are exact.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, Map<String, Map<String, Integer>>> {

    private final List<String> fields;

    FacetCounter(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    static String facetField(String field) {
        return "facet." + field;
    }

    @Override
    public Counts newCollector() {
        return new Counts(fields);
    }

    @Override
    public Map<String, Map<String, Integer>> reduce(Collection<Counts> collectors) {
        var total = new HashMap<String, Map<String, Integer>>();
        for (var field : fields) {
            total.put(field, new HashMap<>());
        }
        for (var counts : collectors) {
            counts.counts.forEach((field, values) ->
                    values.forEach((value, n) -> total.get(field).merge(value, n, Integer::sum)));
        }
        return total;
    }

    /** Counts per field and value (the encoded {@code key␟label}). */
    static final class Counts extends SimpleCollector {

        private final List<String> fields;
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();
        private SortedSetDocValues[] values;

        Counts(List<String> fields) {
            this.fields = fields;
            fields.forEach(f -> counts.put(f, new HashMap<>()));
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = new SortedSetDocValues[fields.size()];
            for (int i = 0; i < fields.size(); i++) {
                values[i] = DocValues.getSortedSet(context.reader(), facetField(fields.get(i)));
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < values.length; i++) {
                var docValues = values[i];
                if (docValues.advanceExact(doc)) {
                    var fieldCounts = counts.get(fields.get(i));
                    for (int k = 0; k < docValues.docValueCount(); k++) {
                        var value = docValues.lookupOrd(docValues.nextOrd()).utf8ToString();
                        fieldCounts.merge(value, 1, Integer::sum);
                    }
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}

package jp.shinko.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Where a hit matched: asks the words' queries themselves (Lucene's matches API) for the offsets
 * of their matches in a field, from the offsets stored in the postings. A phrase yields its whole
 * span, a bigram match exactly the word, so exactly what was searched for is marked. Offsets point
 * into the stored original text (see {@link NfkcCharFilter}). Fields are asked one at a time, and
 * only those a result shows.
 */
final class MatchHighlighter {

    private final IndexSearcher searcher;
    private final Map<SearchField, Query> queries;
    private final Map<SearchField, Weight> weights = new EnumMap<>(SearchField.class);
    private final List<LeafReaderContext> leaves;

    MatchHighlighter(IndexSearcher searcher, Map<SearchField, Query> queries) {
        this.searcher = searcher;
        this.queries = queries;
        this.leaves = searcher.getIndexReader().leaves();
    }

    /**
     * Matched ranges in a field of a document, merged, as offsets into the field's values joined
     * as Lucene indexed them (each value followed by one character of gap).
     */
    List<MarkedText.Range> ranges(int doc, SearchField field) throws IOException {
        var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        var matches = weight(field).matches(leaf, doc - leaf.docBase);
        if (matches == null) {
            return List.of();
        }
        var ranges = new ArrayList<MarkedText.Range>();
        for (var indexed : List.of(field.words(), field.grams())) {
            var iterator = matches.getMatches(indexed);
            while (iterator != null && iterator.next()) {
                if (iterator.startOffset() >= 0) {
                    ranges.add(new MarkedText.Range(iterator.startOffset(), iterator.endOffset()));
                }
            }
        }
        return MarkedText.merge(ranges);
    }

    private Weight weight(SearchField field) throws IOException {
        var weight = weights.get(field);
        if (weight == null) {
            var query = searcher.rewrite(queries.get(field));
            weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
            weights.put(field, weight);
        }
        return weight;
    }
}

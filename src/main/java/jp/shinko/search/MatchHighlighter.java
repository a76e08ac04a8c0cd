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
 * Where a hit matched: asks the query itself (Lucene's matches API) for the offsets of its
 * matches in each field, from the offsets stored in the postings. A phrase yields its whole
 * span, and a word that matched nowhere in a field yields nothing there, so exactly what made
 * the hit is marked. Offsets point into the stored original text (see {@link NfkcCharFilter}).
 */
final class MatchHighlighter {

    private final Weight weight;
    private final List<LeafReaderContext> leaves;

    MatchHighlighter(IndexSearcher searcher, Query matching) throws IOException {
        this.weight = searcher.createWeight(searcher.rewrite(matching), ScoreMode.COMPLETE_NO_SCORES, 1f);
        this.leaves = searcher.getIndexReader().leaves();
    }

    /**
     * Matched ranges per field, as offsets into the field's values joined as Lucene indexed
     * them (each value followed by one character of gap).
     */
    Map<SearchField, List<MarkedText.Range>> ranges(int doc) throws IOException {
        var result = new EnumMap<SearchField, List<MarkedText.Range>>(SearchField.class);
        var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        var matches = weight.matches(leaf, doc - leaf.docBase);
        if (matches == null) {
            return result;
        }
        for (var field : SearchField.values()) {
            var ranges = new ArrayList<MarkedText.Range>();
            for (var indexed : List.of(field.words(), field.grams())) {
                var iterator = matches.getMatches(indexed);
                while (iterator != null && iterator.next()) {
                    if (iterator.startOffset() >= 0) {
                        ranges.add(new MarkedText.Range(iterator.startOffset(), iterator.endOffset()));
                    }
                }
            }
            if (!ranges.isEmpty()) {
                result.put(field, MarkedText.merge(ranges));
            }
        }
        return result;
    }
}

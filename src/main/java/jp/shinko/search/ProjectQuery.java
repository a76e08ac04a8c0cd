package jp.shinko.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the Lucene query for a request. Each word must match in some field, as kuromoji words
 * (a phrase if it has several) or as bigrams anchored at word boundaries; name matches count
 * most. Several words found close together rank higher. Facet values narrow as filters.
 */
final class ProjectQuery {

    /** Bigram matches rank below word matches: they are the recall net, not the first choice. */
    private static final float GRAM_WEIGHT = 0.5f;
    private static final float TIE_BREAKER = 0.1f;
    private static final int PROXIMITY_SLOP = 10;

    private final QueryBuilder words;

    ProjectQuery(Analyzer analyzer) {
        this.words = new QueryBuilder(analyzer);
    }

    /**
     * The clauses every hit must match, one per word; empty if no word yields anything to
     * search for (only punctuation, say).
     */
    Optional<Query> matching(List<String> terms) {
        var all = new BooleanQuery.Builder();
        int clauses = 0;
        for (var term : terms) {
            var alternatives = new ArrayList<Query>();
            for (var field : SearchField.values()) {
                var wordQuery = words.createPhraseQuery(field.words(), term);
                if (wordQuery != null) {
                    alternatives.add(new BoostQuery(wordQuery, field.boost()));
                }
                gramQuery(field.grams(), term).ifPresent(q ->
                        alternatives.add(new BoostQuery(q, field.boost() * GRAM_WEIGHT)));
            }
            if (alternatives.isEmpty()) {
                continue; // a stop word or punctuation alone narrows nothing
            }
            all.add(new DisjunctionMaxQuery(alternatives, TIE_BREAKER), BooleanClause.Occur.MUST);
            clauses++;
        }
        return clauses == 0 ? Optional.empty() : Optional.of(all.build());
    }

    /**
     * The clauses of a query with OR groups, quoted phrases and exclusions ({@link QuerySyntax}):
     * each group must match in some field by one of its words or of their readings' phrases
     * ({@code readings}: しょうてんがい → 商店街); no excluded word may match anywhere. Empty when
     * nothing remains to search for.
     */
    Optional<Query> matching(QuerySyntax syntax, Map<String, List<String>> readings) {
        var all = new BooleanQuery.Builder();
        int clauses = 0;
        for (var group : syntax.groups()) {
            var alternatives = new ArrayList<Query>();
            for (var term : group) {
                alternatives.addAll(anyField(term));
                readings.getOrDefault(term, List.of()).forEach(r -> alternatives.addAll(anyField(r)));
            }
            if (!alternatives.isEmpty()) {
                all.add(new DisjunctionMaxQuery(alternatives, TIE_BREAKER), BooleanClause.Occur.MUST);
                clauses++;
            }
        }
        int excluded = 0;
        for (var term : syntax.excluded()) {
            var alternatives = anyField(term);
            if (!alternatives.isEmpty()) {
                all.add(new DisjunctionMaxQuery(alternatives, TIE_BREAKER), BooleanClause.Occur.MUST_NOT);
                excluded++;
            }
        }
        if (clauses == 0 && excluded == 0) {
            return Optional.empty();
        }
        if (clauses == 0) {
            all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        return Optional.of(all.build());
    }

    private List<Query> anyField(String term) {
        var alternatives = new ArrayList<Query>();
        for (var field : SearchField.values()) {
            var wordQuery = words.createPhraseQuery(field.words(), term);
            if (wordQuery != null) {
                alternatives.add(new BoostQuery(wordQuery, field.boost()));
            }
            gramQuery(field.grams(), term).ifPresent(q ->
                    alternatives.add(new BoostQuery(q, field.boost() * GRAM_WEIGHT)));
        }
        return alternatives;
    }

    /**
     * Per field, the words as they may match there, for highlighting: any of them (a field need
     * not hold every word), the same word and gram queries as {@link #matching}.
     */
    Map<SearchField, Query> perField(List<String> terms) {
        var queries = new EnumMap<SearchField, Query>(SearchField.class);
        for (var field : SearchField.values()) {
            var any = new BooleanQuery.Builder();
            for (var term : terms) {
                var wordQuery = words.createPhraseQuery(field.words(), term);
                if (wordQuery != null) {
                    any.add(wordQuery, BooleanClause.Occur.SHOULD);
                }
                gramQuery(field.grams(), term).ifPresent(q -> any.add(q, BooleanClause.Occur.SHOULD));
            }
            queries.put(field, any.build());
        }
        return queries;
    }

    /** The whole query: what must match, proximity bonus for several words, and the filters. */
    Query of(SearchRequest request, List<String> terms, Query matching) {
        var query = new BooleanQuery.Builder();
        query.add(matching == null ? new MatchAllDocsQuery() : matching, BooleanClause.Occur.MUST);
        if (matching != null && terms.size() > 1) {
            var together = String.join(" ", terms);
            for (var field : List.of(SearchField.NAME, SearchField.SUMMARY)) {
                var near = words.createPhraseQuery(field.words(), together, PROXIMITY_SLOP);
                if (near != null) {
                    query.add(new BoostQuery(near, field.boost()), BooleanClause.Occur.SHOULD);
                }
            }
        }
        filter(query, ProjectDocuments.PLAN, request.plan());
        filter(query, ProjectDocuments.YEAR, request.year() == null ? null : request.year().toString());
        filter(query, ProjectDocuments.NODE, request.node());
        filter(query, ProjectDocuments.ORGANIZATION, request.organization());
        return query.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /**
     * The word's bigrams in order, the first marked as starting and the last as ending on a word
     * boundary: 京都 is {@code ^京都$}, which 東京都 (東京|都) does not contain.
     */
    static Optional<Query> gramQuery(String field, String term) {
        var grams = Bigrams.of(Normalizer.normalize(term, Normalizer.Form.NFKC));
        if (grams.isEmpty()) {
            return Optional.empty();
        }
        int last = grams.size() - 1;
        if (last == 0) {
            return Optional.of(new TermQuery(new Term(field, Bigrams.START + grams.get(0).text() + Bigrams.END)));
        }
        var phrase = new PhraseQuery.Builder();
        for (int i = 0; i <= last; i++) {
            var gram = grams.get(i);
            var text = (i == 0 ? Bigrams.START : "") + gram.text() + (i == last ? Bigrams.END : "");
            phrase.add(new Term(field, text), gram.position());
        }
        return Optional.of(phrase.build());
    }
}

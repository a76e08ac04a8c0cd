package jp.shinko.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jp.shinko.plan.NodePath;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** Runs a request against an index snapshot: the page of hits, highlighted, and the facet counts. */
final class ProjectFinder {

    private static final List<String> FACETS = List.of(ProjectDocuments.PLAN, ProjectDocuments.YEAR,
            ProjectDocuments.NODE, ProjectDocuments.ORGANIZATION);
    /** Organizations are many; the facet lists the most frequent. */
    static final int MAX_ORGANIZATIONS = 20;

    /** At most this many phrases are searched for a kana word's reading. */
    static final int MAX_READINGS = 3;

    private final ProjectQuery queries;
    private volatile Vocabulary cachedVocabulary;
    private volatile long cachedVersion = -1;

    ProjectFinder(Analyzer analyzer) {
        this.queries = new ProjectQuery(analyzer);
    }

    SearchResults find(IndexSearcher searcher, SearchRequest request) throws IOException {
        var syntax = QuerySyntax.parse(request.query());
        var vocabulary = vocabulary(searcher);
        var readings = readings(syntax, vocabulary);
        var terms = new ArrayList<>(syntax.terms());
        readings.values().forEach(terms::addAll);
        Query matching = null;
        if (!syntax.isEmpty()) {
            var built = queries.matching(syntax, readings);
            if (built.isEmpty()) {
                return SearchResults.empty(request);
            }
            matching = built.get();
        } else if (!request.isNarrowed()) {
            return SearchResults.empty(request);
        }
        var query = queries.of(request, terms, matching);
        int wanted = request.page() * SearchRequest.PAGE_SIZE;
        var found = searcher.search(query, new MultiCollectorManager(
                new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE), new FacetCounter(FACETS)));
        var top = (TopDocs) found[0];
        @SuppressWarnings("unchecked")
        var counts = (Map<String, Map<String, Integer>>) found[1];

        var highlighter = matching == null ? null : new MatchHighlighter(searcher, queries.perField(terms));
        var stored = searcher.storedFields();
        var hits = new ArrayList<SearchHit>();
        for (int i = (request.page() - 1) * SearchRequest.PAGE_SIZE; i < top.scoreDocs.length; i++) {
            var scoreDoc = top.scoreDocs[i];
            ProjectHits.Matches ranges = highlighter == null ? ProjectHits.Matches.NONE
                    : field -> highlighter.ranges(scoreDoc.doc, field);
            hits.add(ProjectHits.of(stored.document(scoreDoc.doc), ranges, scoreDoc.score));
        }
        int total = Math.toIntExact(top.totalHits.value);
        return new SearchResults(request, total, hits, facets(counts, request), readings,
                total == 0 ? suggestion(searcher, request, syntax, vocabulary) : null);
    }

    /** Kana words of three or more characters, looked up by reading: しょうてんがい → 商店街. */
    private static Map<String, List<String>> readings(QuerySyntax syntax, Vocabulary vocabulary) {
        var readings = new java.util.LinkedHashMap<String, List<String>>();
        for (var term : syntax.terms()) {
            if (term.length() >= 3 && Vocabulary.isKana(term)) {
                var found = vocabulary.byReading(term);
                if (!found.isEmpty()) {
                    readings.put(term, found.subList(0, Math.min(MAX_READINGS, found.size())));
                }
            }
        }
        return readings;
    }

    /**
     * 「もしかして」: the query with each word nothing uses replaced by the closest word that
     * projects use, if that finds anything; null when there is no such query.
     */
    private String suggestion(IndexSearcher searcher, SearchRequest request, QuerySyntax syntax,
                              Vocabulary vocabulary) throws IOException {
        if (syntax.groups().isEmpty()) {
            return null;
        }
        var changed = new boolean[1];
        var rewritten = syntax.rewritten(term -> {
            var closest = vocabulary.closest(term);
            closest.ifPresent(c -> changed[0] = true);
            return closest.orElse(term);
        });
        if (!changed[0]) {
            return null;
        }
        var corrected = QuerySyntax.parse(rewritten);
        var built = queries.matching(corrected, readings(corrected, vocabulary));
        if (built.isEmpty()) {
            return null;
        }
        return searcher.count(queries.of(request, corrected.terms(), built.get())) > 0 ? rewritten : null;
    }

    /** The vocabulary of the snapshot searched, built once per index version. */
    private Vocabulary vocabulary(IndexSearcher searcher) {
        var reader = searcher.getIndexReader();
        long version = reader instanceof org.apache.lucene.index.DirectoryReader d ? d.getVersion() : -1;
        var cached = this.cachedVocabulary;
        if (cached != null && cachedVersion == version && version >= 0) {
            return cached;
        }
        synchronized (this) {
            if (this.cachedVocabulary == null || cachedVersion != version || version < 0) {
                this.cachedVocabulary = Vocabulary.of(reader);
                this.cachedVersion = version;
            }
            return this.cachedVocabulary;
        }
    }

    private static Facets facets(Map<String, Map<String, Integer>> counts, SearchRequest request) {
        var plans = values(counts.get(ProjectDocuments.PLAN), request.plan());
        plans.sort(Comparator.comparing(FacetCount::key));
        var years = values(counts.get(ProjectDocuments.YEAR),
                request.year() == null ? null : request.year().toString());
        years.sort(Comparator.comparing(FacetCount::key).reversed());
        var organizations = values(counts.get(ProjectDocuments.ORGANIZATION), request.organization());
        organizations.sort(Comparator.comparing(FacetCount::selected).reversed()
                .thenComparing(Comparator.comparingInt(FacetCount::count).reversed())
                .thenComparing(FacetCount::label));
        return new Facets(plans, years, nodes(counts.get(ProjectDocuments.NODE), request.node()),
                organizations.subList(0, Math.min(MAX_ORGANIZATIONS, organizations.size())));
    }

    /**
     * Top-level nodes; once a node is selected, that node and the nodes one level below it, so
     * the tree can be walked down.
     */
    private static List<FacetCount> nodes(Map<String, Integer> counts, String selected) {
        var nodes = new ArrayList<FacetCount>();
        for (var value : values(counts, selected)) {
            var path = value.key().substring(value.key().indexOf(':') + 1);
            boolean shown = selected == null ? !path.contains("/")
                    : value.selected() || (value.key().startsWith(selected + "/")
                    && !value.key().substring(selected.length() + 1).contains("/"));
            if (shown) {
                nodes.add(value);
            }
        }
        nodes.sort(Comparator.comparing((FacetCount v) -> v.key().substring(0, v.key().indexOf(':')))
                .thenComparing(v -> NodePath.parse(v.key().substring(v.key().indexOf(':') + 1))));
        return nodes;
    }

    private static List<FacetCount> values(Map<String, Integer> counts, String selected) {
        var values = new ArrayList<FacetCount>();
        counts.forEach((encoded, count) -> {
            int separator = encoded.indexOf(ProjectDocuments.LABEL_SEPARATOR);
            var key = encoded.substring(0, separator);
            values.add(new FacetCount(key, encoded.substring(separator + 1), count, key.equals(selected)));
        });
        return values;
    }
}

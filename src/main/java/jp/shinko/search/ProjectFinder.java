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

    private final ProjectQuery queries;

    ProjectFinder(Analyzer analyzer) {
        this.queries = new ProjectQuery(analyzer);
    }

    SearchResults find(IndexSearcher searcher, SearchRequest request) throws IOException {
        var terms = QueryText.terms(request.query());
        Query matching = null;
        if (!terms.isEmpty()) {
            var built = queries.matching(terms);
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
        return new SearchResults(request, Math.toIntExact(top.totalHits.value), hits, facets(counts, request));
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

package jp.shinko.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: how many projects match, one page of them, and facet
 * counts over all of them.
 */
public record SearchResults(SearchRequest request, int total, List<SearchHit> hits, Facets facets,
                            Map<String, List<String>> readings, String suggestion) {

    /**
     * @param readings   kana words of the query and the phrases searched for their reading
     *                   (しょうてんがい → [商店街])
     * @param suggestion 「もしかして」: a query that finds projects where this one found none, or null
     */
    public SearchResults {
        hits = List.copyOf(hits);
        readings = readings == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(readings));
    }

    public SearchResults(SearchRequest request, int total, List<SearchHit> hits, Facets facets) {
        this(request, total, hits, facets, Map.of(), null);
    }

    static SearchResults empty(SearchRequest request) {
        return new SearchResults(request, 0, List.of(), Facets.none());
    }

    public int pageCount() {
        return Math.min(SearchRequest.MAX_PAGE, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
    }

    public boolean hasNextPage() {
        return request.page() < pageCount();
    }

    /** 1-based rank of the first hit on this page. */
    public int firstRank() {
        return (request.page() - 1) * SearchRequest.PAGE_SIZE + 1;
    }
}

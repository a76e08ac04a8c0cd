package jp.shinko.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}: how many projects match, one page of them, and facet
 * counts over all of them.
 */
public record SearchResults(SearchRequest request, int total, List<SearchHit> hits, Facets facets) {

    public SearchResults {
        hits = List.copyOf(hits);
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

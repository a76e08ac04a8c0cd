package jp.shinko.web;

import java.util.List;
import jp.shinko.plan.Amount;
import jp.shinko.search.FacetCount;
import jp.shinko.search.SearchHit;
import jp.shinko.search.SearchResults;

/**
 * The JSON of {@code /api/v1/search}. {@code nameHtml} and {@code snippetHtml} are safe HTML
 * (escaped text, matches in {@code <mark>}); amounts are thousand yen, null where the list states
 * none, with their kind (VALUE, NONE, UNDISCLOSED, NOT_STATED).
 */
record SearchResponse(String query, int total, int page, int pageSize, int pageCount, List<Hit> hits,
                      Facets facets, java.util.Map<String, List<String>> readings, String suggestion) {

    record Hit(String plan, String municipality, String planTitle, String project, String name, String nameHtml,
               String node, String snippetField, Integer snippetYear, String snippetHtml, String url,
               List<Year> years) {
    }

    record Year(int fiscalYear, String budgetKind, Long budgetThousandYen, String settledKind,
                Long settledThousandYen) {
    }

    record Facets(List<FacetCount> plans, List<FacetCount> years, List<FacetCount> nodes,
                  List<FacetCount> organizations) {
    }

    static SearchResponse of(SearchResults results) {
        var request = results.request();
        var facets = results.facets();
        return new SearchResponse(request.query(), results.total(), request.page(),
                jp.shinko.search.SearchRequest.PAGE_SIZE, results.pageCount(),
                results.hits().stream().map(SearchResponse::hit).toList(),
                new Facets(facets.plans(), facets.years(), facets.nodes(), facets.organizations()),
                results.readings(), results.suggestion());
    }

    private static Hit hit(SearchHit hit) {
        var snippet = hit.snippet();
        return new Hit(hit.planKey(), hit.municipality(), hit.planTitle(), hit.projectKey(), hit.name(),
                hit.nameHtml(), hit.nodeLabel(),
                snippet == null ? null : snippet.field().name(),
                snippet == null || snippet.year() == null ? null : snippet.year().year(),
                snippet == null ? null : snippet.html(), SearchView.projectPath(hit),
                hit.years().stream().map(y -> new Year(y.year().year(), y.budget().kind().name(),
                        thousandYen(y.budget()), y.settled().kind().name(), thousandYen(y.settled()))).toList());
    }

    private static Long thousandYen(Amount amount) {
        return amount.isPresent() ? amount.thousandYen() : null;
    }
}

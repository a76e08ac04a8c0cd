package jp.shinko.web;

import java.nio.charset.StandardCharsets;
import jp.shinko.plan.FiscalYear;
import jp.shinko.search.SearchHit;
import jp.shinko.search.SearchRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links of the search page (used by its template), built from the request so each keeps the query and the other
 * narrowings: choose or drop one facet value, turn a page, open a project.
 */
public record SearchView(SearchRequest request) {

    public String plan(String key) {
        return link(request.withPlan(key).withPage(1));
    }

    public String year(String key) {
        return link(request.withYear(Integer.valueOf(key)).withPage(1));
    }

    public String node(String key) {
        return link(request.withNode(key).withPage(1));
    }

    public String organization(String key) {
        return link(request.withOrganization(key).withPage(1));
    }

    /** The request without the named narrowing: {@code plan}, {@code year}, {@code node} or {@code org}. */
    public String without(String narrowing) {
        var widened = switch (narrowing) {
            case "plan" -> request.withPlan(null);
            case "year" -> request.withYear(null);
            case "node" -> request.withNode(null);
            case "org" -> request.withOrganization(null);
            default -> throw new IllegalArgumentException(narrowing);
        };
        return link(widened.withPage(1));
    }

    public String page(int number) {
        return link(request.withPage(number));
    }

    public String project(SearchHit hit) {
        return projectPath(hit);
    }

    /** The project page, {@code /plans/{planKey}/projects/{projectKey}}, keys encoded as path segments. */
    static String projectPath(SearchHit hit) {
        return "/plans/" + UriUtils.encodePathSegment(hit.planKey(), StandardCharsets.UTF_8)
                + "/projects/" + UriUtils.encodePathSegment(hit.projectKey(), StandardCharsets.UTF_8);
    }

    public FiscalYear fiscalYear(String key) {
        return FiscalYear.of(Integer.parseInt(key));
    }

    static String link(SearchRequest request) {
        var uri = UriComponentsBuilder.fromPath("/search");
        add(uri, "q", request.query().isEmpty() ? null : request.query());
        add(uri, "plan", request.plan());
        add(uri, "year", request.year() == null ? null : request.year().toString());
        add(uri, "node", request.node());
        add(uri, "org", request.organization());
        add(uri, "page", request.page() == 1 ? null : Integer.toString(request.page()));
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}

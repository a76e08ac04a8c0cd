package jp.shinko.search;

/**
 * What a user asked for: free text, as typed (no query syntax; at most {@link #MAX_QUERY_LENGTH}
 * characters are used), and the facet values to narrow by. Blank values mean "not narrowed".
 *
 * @param plan         a plan key
 * @param year         a fiscal year, e.g. {@code 2024}
 * @param node         a policy node key, {@code planKey:1/①}
 * @param organization an organization key, {@code planKey:経済政策課}
 * @param page         1-based page of {@link #PAGE_SIZE} hits
 */
public record SearchRequest(String query, String plan, Integer year, String node, String organization,
                            int page) {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int PAGE_SIZE = 20;
    /** Deeper pages are not served: nobody reads them, and they cost memory. */
    public static final int MAX_PAGE = 50;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        plan = blankToNull(plan);
        node = blankToNull(node);
        organization = blankToNull(organization);
        page = Math.max(1, Math.min(page, MAX_PAGE));
    }

    /** A first page of results for the text, not narrowed. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, 1);
    }

    public SearchRequest withPlan(String planKey) {
        return new SearchRequest(query, planKey, year, node, organization, page);
    }

    public SearchRequest withYear(Integer fiscalYear) {
        return new SearchRequest(query, plan, fiscalYear, node, organization, page);
    }

    public SearchRequest withNode(String nodeKey) {
        return new SearchRequest(query, plan, year, nodeKey, organization, page);
    }

    public SearchRequest withOrganization(String organizationKey) {
        return new SearchRequest(query, plan, year, node, organizationKey, page);
    }

    public SearchRequest withPage(int number) {
        return new SearchRequest(query, plan, year, node, organization, number);
    }

    public boolean isNarrowed() {
        return plan != null || year != null || node != null || organization != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

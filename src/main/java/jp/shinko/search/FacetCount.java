package jp.shinko.search;

/**
 * One value of a facet: the key to narrow by (a request parameter), its label, the number of
 * projects found with it, and whether the request is already narrowed to it.
 */
public record FacetCount(String key, String label, int count, boolean selected) {
}

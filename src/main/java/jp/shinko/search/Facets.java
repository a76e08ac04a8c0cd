package jp.shinko.search;

import java.util.List;

/**
 * Counts of the projects found by plan, fiscal year, policy node (the top level, or the level
 * below the selected node) and organization (implementer and departments in charge).
 */
public record Facets(List<FacetCount> plans, List<FacetCount> years, List<FacetCount> nodes,
                     List<FacetCount> organizations) {

    public Facets {
        plans = List.copyOf(plans);
        years = List.copyOf(years);
        nodes = List.copyOf(nodes);
        organizations = List.copyOf(organizations);
    }

    static Facets none() {
        return new Facets(List.of(), List.of(), List.of(), List.of());
    }
}

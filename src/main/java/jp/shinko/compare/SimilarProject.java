package jp.shinko.compare;

import java.util.List;

/** A project in another municipality's plan that reads like the given one, and why. */
public record SimilarProject(String planKey, String municipality, String projectKey, String name,
                             Integer budgetYear, Long budgetThousandYen,
                             double score, List<String> sharedTerms, List<String> sharedThemes) {

    public SimilarProject {
        sharedTerms = List.copyOf(sharedTerms);
        sharedThemes = List.copyOf(sharedThemes);
    }
}

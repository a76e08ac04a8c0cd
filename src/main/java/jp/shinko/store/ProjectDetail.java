package jp.shinko.store;

import java.util.List;
import java.util.Optional;
import jp.shinko.plan.Organization;
import jp.shinko.plan.Project;
import jp.shinko.plan.Source;
import jp.shinko.plan.YearRecord;

/**
 * A project with everything stored about it, for its page.
 *
 * @param placements    where it is listed, in the document's order; the primary one and 再掲
 * @param years         its year records, ascending by fiscal year
 * @param organizations the plan's organizations it names (implementer, departments, related)
 * @param sources       the documents its provenance points to
 */
public record ProjectDetail(Project project, List<PlacementDetail> placements, List<YearRecord> years,
                            List<Organization> organizations, List<Source> sources) {

    public ProjectDetail {
        placements = List.copyOf(placements);
        years = List.copyOf(years);
        organizations = List.copyOf(organizations);
        sources = List.copyOf(sources);
    }

    public Optional<Organization> organization(String name) {
        return organizations.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    public Optional<Source> source(String sha256) {
        return sources.stream().filter(s -> s.sha256().equals(sha256)).findFirst();
    }
}

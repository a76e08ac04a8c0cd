package jp.shinko.ingest.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinko.plan.Organization;
import jp.shinko.plan.OrganizationKind;

/**
 * The organizations one document names, each once: spellings that differ only by wraps, spaces,
 * width, legal-form abbreviations ((公社) = 公益社団法人, ㈱ = 株式会社) or, for a city department,
 * a leading city name (熊本市経済政策課 = 経済政策課) meet in one {@link Organization}, spelled as
 * first seen. One directory per document being parsed; not thread-safe.
 */
public final class OrganizationDirectory {

    private final Locality locality;
    private final OrganizationClassifier classifier;
    private final Map<String, Organization> byKey = new LinkedHashMap<>();

    public OrganizationDirectory(Locality locality) {
        this.locality = locality;
        this.classifier = new OrganizationClassifier(locality);
    }

    /** The organization named by a cell's text (lines of a wrapped cell joined), registered once. */
    public Organization register(String printed) {
        return register(OrganizationName.of(printed), null);
    }

    /** The organization named by the lines of a wrapped cell. */
    public Organization register(List<String> lines) {
        return register(OrganizationName.of(lines), null);
    }

    /** The departments of a 担当課 cell, in printed order, each registered. */
    public List<Organization> departments(String cell) {
        var result = new ArrayList<Organization>();
        for (var department : DepartmentCell.parse(cell).departments()) {
            var parent = department.parent() == null ? null : OrganizationName.of(department.parent()).canonical();
            result.add(register(OrganizationName.of(department.name()), parent));
        }
        return result;
    }

    /** The organization registered under the same key as this spelling, if any. */
    public Optional<Organization> find(String printed) {
        var name = OrganizationName.of(printed);
        return Optional.ofNullable(byKey.get(mergeKey(name, classifier.classify(name))));
    }

    /** Everything registered, in order of first appearance. */
    public List<Organization> organizations() {
        return List.copyOf(byKey.values());
    }

    private Organization register(OrganizationName name, String parent) {
        var classified = classifier.classify(name);
        if (parent != null) {
            classified = new Organization(classified.name(), classified.kind(), parent);
        }
        var key = mergeKey(name, classified);
        var known = byKey.get(key);
        if (known == null || known.parent() == null && classified.parent() != null) {
            // A later spelling that names the parent says more than the bare one: keep that.
            var kept = known == null ? classified : new Organization(known.name(), known.kind(), classified.parent());
            byKey.put(key, kept);
            return kept;
        }
        return known;
    }

    private String mergeKey(OrganizationName name, Organization organization) {
        var key = name.key();
        var city = OrganizationName.of(locality.cityName()).key();
        if (organization.kind() == OrganizationKind.CITY_DEPARTMENT && key.startsWith(city) && key.length() > city.length()) {
            return key.substring(city.length());
        }
        return key;
    }
}

package jp.shinko.plan;

import java.util.Objects;

/**
 * A city department (課/室) or an outside body. The name is the canonical spelling (wraps and
 * stray spaces removed); {@code parent} names the body it belongs to where printed, e.g. 県 for
 * 県（産業立地課）.
 */
public record Organization(String name, OrganizationKind kind, String parent) {

    public Organization {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("organization name is blank");
        }
    }

    public boolean isCity() {
        return kind.isCity();
    }
}

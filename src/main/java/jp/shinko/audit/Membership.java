package jp.shinko.audit;

import java.util.Objects;

/** An editor's organization within one plan, by the name the plan uses for it. */
public record Membership(String planKey, String organizationName) implements Comparable<Membership> {

    public Membership {
        Objects.requireNonNull(planKey, "planKey");
        Objects.requireNonNull(organizationName, "organizationName");
    }

    /** Parses {@code PLAN:ORGANIZATION}, the form the CLI's {@code --org} option takes. */
    public static Membership parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("所属は「計画キー:組織名」の形で指定してください: " + text);
        }
        return new Membership(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
    }

    @Override
    public int compareTo(Membership other) {
        int c = planKey.compareTo(other.planKey);
        return c != 0 ? c : organizationName.compareTo(other.organizationName);
    }

    @Override
    public String toString() {
        return planKey + ":" + organizationName;
    }
}

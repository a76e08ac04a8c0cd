package jp.shinko.plan;

import java.util.Objects;

/** A node of a plan's policy tree; its title may be unknown when the document prints only numbers. */
public record PolicyNode(NodePath path, String title) {

    public PolicyNode {
        Objects.requireNonNull(path, "path");
        title = title == null || title.isBlank() ? null : title;
    }

    public int level() {
        return path.level();
    }

    /** The number as printed, e.g. {@code ①}. */
    public String number() {
        return path.number();
    }

    public java.util.Optional<String> knownTitle() {
        return java.util.Optional.ofNullable(title);
    }
}

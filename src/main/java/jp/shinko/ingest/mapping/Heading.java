package jp.shinko.ingest.mapping;

import jp.shinko.plan.NodePath;

/** A policy node the table gives: by a section row, an indented heading, codes, or the profile. */
public record Heading(NodePath path, String title, String place) {
}

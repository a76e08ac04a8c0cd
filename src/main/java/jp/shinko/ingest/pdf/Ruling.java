package jp.shinko.ingest.pdf;

/**
 * A printed rule: a horizontal or vertical line of a table's grid, in points from the top left of
 * the page (as glyphs are). A horizontal rule's {@code at} is its y and its span runs along x; a
 * vertical rule's {@code at} is its x and its span runs along y.
 */
record Ruling(boolean horizontal, float at, float from, float to) {

    /** Whether the rule crosses coordinate {@code position} along its span, give or take {@code slack}. */
    boolean spans(float position, float slack) {
        return position >= from - slack && position <= to + slack;
    }
}

package jp.shinko.compare;

/** A term that points to a theme, with how strongly it does. */
record ThemeTerm(String theme, String term, int weight) {
}

package jp.shinko.compare;

/** One theme of the common taxonomy (stored in the themes table). */
public record Theme(String code, String name, String description, int order) {
}

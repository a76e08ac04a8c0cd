package jp.shinko.plan;

/**
 * One difference between two editions of a plan's content: something added, removed, or one
 * field changed, with the old and new values as text.
 *
 * @param subject what changed: {@code project}, {@code year-record}, {@code placement}, {@code node},
 *                {@code organization} or {@code plan}
 * @param key     which one, e.g. the project key, or {@code 12@FY2020} for a year record
 * @param field   the field that changed, null for an addition or removal
 */
public record ContentChange(Kind kind, String subject, String key, String field, String oldValue, String newValue) {

    /** Kinds of change. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    @Override
    public String toString() {
        return switch (kind) {
            case ADDED -> "+ " + subject + " " + key;
            case REMOVED -> "- " + subject + " " + key;
            case CHANGED -> "~ " + subject + " " + key + " " + field + ": " + oldValue + " → " + newValue;
        };
    }
}

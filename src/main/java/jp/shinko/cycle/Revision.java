package jp.shinko.cycle;

import java.time.Instant;

/** A correction of a published record: its number, why it was made, by whom and when. */
public record Revision(int number, String reason, String revisedBy, Instant revisedAt) {
}

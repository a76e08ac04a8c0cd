package jp.shinko.search;

import java.time.Duration;

/**
 * What a rebuild of the index did: how many plans and projects it indexed, how long it took, and
 * where the index lives ({@code memory} for an in-memory index).
 */
public record IndexSummary(int plans, int projects, Duration took, String location) {
}

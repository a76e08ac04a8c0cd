package jp.shinko.cycle;

/** Where a round stands: collecting records, or published and frozen. */
public enum RoundStatus {
    OPEN, PUBLISHED
}

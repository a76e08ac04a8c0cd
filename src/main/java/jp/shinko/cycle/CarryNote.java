package jp.shinko.cycle;

/**
 * Why a record of the round deserves a second look, decided when the year is opened (or when a
 * project is registered during the round).
 */
public enum CarryNote {
    /** Last year's outlook was 未定: carried over, but the organization should confirm. */
    UNDECIDED,
    /** Last year's list printed no outlook at all. */
    NO_OUTLOOK,
    /** Last year's outlook is wording the round does not know (neither continuing nor ending). */
    UNUSUAL_OUTLOOK,
    /** The project's period as printed ended before this year. */
    PERIOD_ENDED,
    /** Registered during the round: there is no previous year to report. */
    NEW_PROJECT
}

package jp.shinko.reminders;

import java.time.Instant;
import java.time.LocalDate;
import jp.shinko.cycle.OrganizationProgress;

/**
 * One organization of a round as the 事務局 follows it: its progress, its deadline and days left,
 * where reminders go, whether anyone can sign in for it, and when it last did something.
 *
 * @param deadline       its own deadline, else the round's; null when none is set
 * @param daysLeft       days from today to the deadline, negative when overdue; null without a deadline
 * @param mailbox        the shared address reminders go to, null when none is given
 * @param activeAccounts enabled accounts that are members of the organization
 * @param lastActivity   the latest save or submission of one of its records, null before any
 */
public record OrganizationContact(OrganizationProgress progress, LocalDate deadline, boolean ownDeadline,
                                  Long daysLeft, String mailbox, int activeAccounts, Instant lastActivity) {

    public String organization() {
        return progress.organization();
    }

    /** Records still to be submitted: not started, in progress or returned. */
    public int open() {
        return progress.notStarted() + progress.draft() + progress.returned();
    }

    public boolean overdue() {
        return daysLeft != null && daysLeft < 0 && open() > 0;
    }
}

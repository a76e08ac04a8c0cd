package jp.shinko.reminders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinko.cycle.OrganizationProgress;

/**
 * Decides which deadline reminders are due on a day, from each organization's progress and
 * deadline. Pure: the same inputs give the same reminders, and each carries a key that is the same
 * however often it is decided, so a reminder is queued once.
 *
 * <p>Before the deadline, one reminder per window of {@code daysBefore} (for 7 and 1: one when 7 to
 * 2 days are left, one when 1 or 0 are left); after it, one on the first overdue day and one a week
 * after another while records are still open.
 */
record ReminderPlanner(List<Integer> daysBefore, int overdueEveryDays) {

    /** A deadline reminder to queue for one organization. */
    record Due(ReminderKind kind, String organization, LocalDate dueOn, long daysLeft, int open, String dedupeKey) {
    }

    ReminderPlanner {
        daysBefore = daysBefore.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        if (overdueEveryDays < 1) {
            throw new IllegalArgumentException("overdueEveryDays must be at least 1: " + overdueEveryDays);
        }
    }

    List<Due> due(String roundKey, LocalDate today, Optional<LocalDate> roundDeadline,
                  Map<String, LocalDate> organizationDeadlines, List<OrganizationProgress> progress) {
        var due = new ArrayList<Due>();
        for (var organization : progress) {
            int open = organization.notStarted() + organization.draft() + organization.returned();
            var deadline = Optional.ofNullable(organizationDeadlines.get(organization.organization())).or(() -> roundDeadline);
            if (open == 0 || deadline.isEmpty()) {
                continue;
            }
            long left = ChronoUnit.DAYS.between(today, deadline.get());
            var key = roundKey + "/" + organization.organization() + "/" + deadline.get() + "/";
            if (left >= 0) {
                window(left).ifPresent(days -> due.add(new Due(ReminderKind.DUE_SOON, organization.organization(),
                        deadline.get(), left, open, ReminderKind.DUE_SOON + "/" + key + days)));
            } else {
                long week = (-left - 1) / overdueEveryDays;
                due.add(new Due(ReminderKind.OVERDUE, organization.organization(), deadline.get(), left, open,
                        ReminderKind.OVERDUE + "/" + key + week));
            }
        }
        return due;
    }

    /** The window {@code daysLeft} falls in: the smallest of {@code daysBefore} not below it. */
    private Optional<Integer> window(long daysLeft) {
        Integer window = null;
        for (int days : daysBefore) {
            if (daysLeft <= days) {
                window = days;
            }
        }
        return Optional.ofNullable(window);
    }
}

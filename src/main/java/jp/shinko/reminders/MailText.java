package jp.shinko.reminders;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.shinko.cycle.OrganizationProgress;
import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.FiscalYear;

/** The subject and body of a reminder, in Japanese: the language of the city's staff who receive it. */
record MailText(String subject, String body) {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M月d日", Locale.JAPANESE);

    static MailText deadline(String planTitle, FiscalYear year, ReminderPlanner.Due due, OrganizationProgress progress,
                             String link) {
        var subjectKey = due.kind() == ReminderKind.DUE_SOON && due.daysLeft() == 0
                ? "subject.DUE_SOON.today" : "subject." + due.kind();
        var subject = text(subjectKey, planTitle, JapaneseYearFormat.japanese(year), date(due.dueOn()),
                due.daysLeft(), due.organization());
        var body = String.join("\n",
                text("body.greeting", due.organization()),
                "",
                text("body.deadline", planTitle, JapaneseYearFormat.japanese(year), due.organization(), date(due.dueOn())),
                text("body.open", due.open(), progress.notStarted(), progress.draft(), progress.returned()),
                "",
                text("body.link", link),
                "",
                text("body.footer"));
        return new MailText(subject, body);
    }

    static MailText returned(String planTitle, FiscalYear year, String organization, String projectKey,
                             String projectName, String comment, String link) {
        var subject = text("subject.RETURNED", planTitle, JapaneseYearFormat.japanese(year), projectKey, projectName,
                organization);
        var body = String.join("\n",
                text("body.greeting", organization),
                "",
                text("body.returned"),
                text("body.project", projectKey, projectName),
                text("body.comment", comment == null ? "" : comment),
                "",
                text("body.link", link),
                "",
                text("body.footer"));
        return new MailText(subject, body);
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String text(String key, Object... args) {
        var bundle = ResourceBundle.getBundle("reminders.messages", Locale.JAPANESE, NO_FALLBACK);
        // Numbers as written (2021, not 2,021); the arguments are counts and keys.
        var values = java.util.Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return new MessageFormat(bundle.getString(key), Locale.JAPANESE).format(values);
    }
}

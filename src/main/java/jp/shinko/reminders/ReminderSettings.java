package jp.shinko.reminders;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reminders ({@code shinko.reminders.*}); the mail server itself is Spring's
 * {@code spring.mail.*} (host, port, username, password).
 *
 * @param enabled          whether this server decides and sends reminders
 * @param interval         how often it looks for reminders to decide and mails to send
 * @param daysBefore       the reminder windows before a deadline, in days
 * @param overdueEveryDays how often an overdue organization is reminded again
 * @param from             the sender address
 * @param baseUrl          the app's address as staff reach it, for the link in each mail
 * @param zone             the time zone whose calendar days the deadlines count
 * @param maxAttempts      tries before a mail is given up
 */
@ConfigurationProperties("shinko.reminders")
public record ReminderSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT1M") Duration interval,
        @DefaultValue({"7", "1"}) List<Integer> daysBefore,
        @DefaultValue("7") int overdueEveryDays,
        @DefaultValue("shinko@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("Asia/Tokyo") ZoneId zone,
        @DefaultValue("6") int maxAttempts) {

    public ReminderSettings {
        daysBefore = List.copyOf(daysBefore);
        if (daysBefore.stream().anyMatch(d -> d < 0)) {
            throw new IllegalArgumentException("shinko.reminders.days-before must not be negative: " + daysBefore);
        }
        if (overdueEveryDays < 1 || maxAttempts < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("shinko.reminders: overdue-every-days and max-attempts must be at least 1,"
                    + " interval positive");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** How long to wait before try {@code attempt + 1} after {@code attempt} failed ones: 1, 5, 30 minutes, then hours. */
    Duration backoff(int attempt) {
        return switch (attempt) {
            case 1 -> Duration.ofMinutes(1);
            case 2 -> Duration.ofMinutes(5);
            case 3 -> Duration.ofMinutes(30);
            default -> Duration.ofHours(2);
        };
    }
}

package jp.shinko.reminders;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The server's reminder loop: every interval it decides what is due and sends what waits. Only a
 * running server does this (not a CLI command); several servers may run it on one database, as the
 * log's keys and takes keep each mail to one sender.
 */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "shinko.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final Reminders reminders;
    private final Clock clock;

    ReminderSchedule(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${shinko.reminders.interval:PT1M}", initialDelayString = "PT30S")
    void run() {
        try {
            reminders.decide(clock.instant());
            reminders.deliver(clock.instant());
        } catch (RuntimeException e) {
            // The loop must survive a bad moment (database restart); the next run tries again.
            log.warn("リマインダーの処理に失敗しました: {}", e.toString());
        }
    }
}

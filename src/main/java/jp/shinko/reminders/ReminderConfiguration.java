package jp.shinko.reminders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link ReminderSettings}. */
@Configuration
@EnableConfigurationProperties(ReminderSettings.class)
class ReminderConfiguration {
}

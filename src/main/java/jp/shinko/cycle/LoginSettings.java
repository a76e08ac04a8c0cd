package jp.shinko.cycle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the login throttle ({@code shinko.login.*}, docs/configuration.md).
 *
 * @param maxFailuresPerAccount failed logins for one account name within the window before it is locked
 * @param maxFailuresPerAddress failed logins from one address (any names) within the window before it is locked
 * @param windowMinutes         the window; failures older than it are forgotten
 */
@ConfigurationProperties("shinko.login")
record LoginSettings(
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("50") int maxFailuresPerAddress,
        @DefaultValue("15") int windowMinutes) {

    LoginSettings {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1 || windowMinutes < 1) {
            throw new IllegalArgumentException("shinko.login: max-failures-per-account, max-failures-per-address"
                    + " and window-minutes must be at least 1");
        }
    }

    Duration window() {
        return Duration.ofMinutes(windowMinutes);
    }
}

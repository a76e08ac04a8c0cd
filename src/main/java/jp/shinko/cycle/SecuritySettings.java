package jp.shinko.cycle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password hashing ({@code shinko.security.*}, docs/configuration.md).
 *
 * @param bcryptCost bcrypt cost of new password hashes, 4 to 31 (each step doubles the work)
 */
@ConfigurationProperties("shinko.security")
record SecuritySettings(@DefaultValue("12") int bcryptCost) {

    SecuritySettings {
        if (bcryptCost < 4 || bcryptCost > 31) {
            throw new IllegalArgumentException("shinko.security.bcrypt-cost must be between 4 and 31: " + bcryptCost);
        }
    }
}

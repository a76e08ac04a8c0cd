package jp.shinko.cycle;

import java.time.Clock;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * The round's infrastructure: the clock (replaceable in tests) and password hashing. Hashes are
 * bcrypt with cost 12 by default, stored with their {@code {bcrypt}} prefix so a later change of
 * algorithm (pbkdf2 is also accepted) leaves existing passwords valid. Argon2 would need
 * BouncyCastle, which the build does not carry.
 */
@Configuration
@EnableConfigurationProperties({SecuritySettings.class, LoginSettings.class})
class CycleConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PasswordEncoder passwordEncoder(SecuritySettings settings) {
        var encoders = Map.<String, PasswordEncoder>of(
                "bcrypt", new BCryptPasswordEncoder(settings.bcryptCost()),
                "pbkdf2@SpringSecurity_v5_8", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        return new DelegatingPasswordEncoder("bcrypt", encoders);
    }
}

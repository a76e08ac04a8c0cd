package jp.shinko.cycle;

import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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
class CycleConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PasswordEncoder passwordEncoder(@Value("${shinko.security.bcrypt-cost:12}") int cost) {
        var encoders = Map.<String, PasswordEncoder>of(
                "bcrypt", new BCryptPasswordEncoder(cost),
                "pbkdf2@SpringSecurity_v5_8", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        return new DelegatingPasswordEncoder("bcrypt", encoders);
    }
}

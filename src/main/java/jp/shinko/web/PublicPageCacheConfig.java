package jp.shinko.web;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link PublicPageCache} right after Spring Security's filters (order -100), so it knows
 * who is signed in and security headers are still written on every response, cached or not.
 */
@Configuration
@ConditionalOnProperty(name = "shinko.web.page-cache.enabled", havingValue = "true", matchIfMissing = true)
class PublicPageCacheConfig {

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(
            PublicDataVersion version, LocaleResolver localeResolver, Clock clock,
            @Value("${shinko.web.page-cache.max-bytes:67108864}") long maxBytes,
            @Value("${shinko.web.page-cache.max-age:PT10M}") Duration maxAge) {
        var registration = new FilterRegistrationBean<>(
                new PublicPageCache(version, localeResolver, maxBytes, maxAge, clock));
        registration.setOrder(-99);
        return registration;
    }
}

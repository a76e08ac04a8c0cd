package jp.shinko.web;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link PublicPageCache} right after Spring Security's filters (order -100), so it knows
 * who is signed in and security headers are still written on every response, cached or not.
 */
@Configuration
@EnableConfigurationProperties(PageCacheSettings.class)
@ConditionalOnProperty(name = "shinko.web.page-cache.enabled", havingValue = "true", matchIfMissing = true)
class PublicPageCacheConfig {

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(
            PublicDataVersion version, LocaleResolver localeResolver, Clock clock, PageCacheSettings settings) {
        var registration = new FilterRegistrationBean<>(
                new PublicPageCache(version, localeResolver, settings.maxBytes(), settings.maxAge(), clock));
        registration.setOrder(-99);
        return registration;
    }
}

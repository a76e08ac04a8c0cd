package jp.shinko.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public page cache ({@code shinko.web.page-cache.*}, docs/configuration.md).
 *
 * @param enabled  whether public pages are cached at all
 * @param maxBytes the most bytes of cached pages kept in memory
 * @param maxAge   how long a cached page is served at most, even if no data changed
 */
@ConfigurationProperties("shinko.web.page-cache")
record PageCacheSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("67108864") long maxBytes,
        @DefaultValue("PT10M") Duration maxAge) {

    PageCacheSettings {
        if (maxBytes < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("shinko.web.page-cache: max-bytes and max-age must not be negative");
        }
    }
}

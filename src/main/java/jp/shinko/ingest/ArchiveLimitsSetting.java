package jp.shinko.ingest;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Puts the archive limits of {@code shinko.archive.*} in force at start (docs/security.md):
 * {@code max-entries}, {@code max-entry-size} and {@code max-total-size} (sizes such as {@code 32MB})
 * and {@code max-ratio}.
 */
@Component
class ArchiveLimitsSetting {

    ArchiveLimitsSetting(Environment environment) {
        var d = ArchiveLimits.DEFAULTS;
        ArchiveLimits.use(new ArchiveLimits(
                environment.getProperty("shinko.archive.max-entries", Integer.class, d.maxEntries()),
                size(environment, "shinko.archive.max-entry-size", d.maxEntryBytes()),
                size(environment, "shinko.archive.max-total-size", d.maxTotalBytes()),
                environment.getProperty("shinko.archive.max-ratio", Integer.class, d.maxRatio())));
    }

    private static long size(Environment environment, String key, long fallback) {
        String value = environment.getProperty(key);
        return value == null ? fallback : DataSize.parse(value).toBytes();
    }
}

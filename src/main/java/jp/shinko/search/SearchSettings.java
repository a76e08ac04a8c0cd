package jp.shinko.search;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the full-text search index ({@code shinko.search.*}, docs/configuration.md).
 *
 * @param indexDir     the index's directory; application.properties puts it in the data directory
 * @param inMemory     keep the index in memory instead (tests)
 * @param buildOnStart build the index at start when it is missing or out of step
 */
@ConfigurationProperties("shinko.search")
record SearchSettings(
        Path indexDir,
        @DefaultValue("false") boolean inMemory,
        @DefaultValue("true") boolean buildOnStart) {

    SearchSettings {
        if (indexDir == null && !inMemory) {
            throw new IllegalArgumentException("shinko.search.index-dir is required unless shinko.search.in-memory=true");
        }
    }
}

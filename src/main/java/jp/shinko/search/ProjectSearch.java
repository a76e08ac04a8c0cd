package jp.shinko.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.TreeSet;
import jp.shinko.store.PlanRepository;
import jp.shinko.store.PlanSummaryRow;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the stored plans' projects: the search module's entry point. The index
 * lives in {@code ${shinko.search.index-dir}} (by default {@code index} in the data directory),
 * or in memory when {@code shinko.search.in-memory=true}; it is derived data, rebuilt from the
 * store whenever needed.
 */
@Service
@EnableConfigurationProperties(SearchSettings.class)
public class ProjectSearch implements DisposableBean {

    private final PlanRepository plans;
    private final ProjectIndex index;
    private final String location;

    ProjectSearch(PlanRepository plans, SearchSettings settings) {
        this.plans = plans;
        var inMemory = settings.inMemory();
        var indexDir = settings.indexDir();
        this.location = inMemory ? "memory" : indexDir.toAbsolutePath().normalize().toString();
        try {
            this.index = new ProjectIndex(inMemory ? new ByteBuffersDirectory() : open(indexDir));
        } catch (IOException e) {
            throw new UncheckedIOException("検索索引を開けません（" + location + "）: " + e.getMessage(), e);
        }
    }

    private static Directory open(Path dir) throws IOException {
        Files.createDirectories(dir);
        return FSDirectory.open(dir);
    }

    public SearchResults search(SearchRequest request) {
        try {
            return index.search(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds the whole index from the store. */
    public IndexSummary rebuild() {
        long started = System.nanoTime();
        var keys = plans.plans().stream().map(PlanSummaryRow::planKey).toList();
        var contents = keys.stream().map(plans::load).flatMap(java.util.Optional::stream).toList();
        try {
            int projects = index.rebuild(contents);
            return new IndexSummary(contents.size(), projects, Duration.ofNanos(System.nanoTime() - started), location);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("検索索引は別のプロセスが更新中です（" + location + "）。"
                    + "しばらくしてからやり直してください", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Re-indexes one plan from the store (or drops it from the index if the store no longer has it). */
    public void reindex(String planKey) {
        try {
            var content = plans.load(planKey);
            if (content.isPresent()) {
                index.replace(content.get());
            } else {
                index.remove(planKey);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rebuilds the index if it was missing or of an older format when opened (and has not been
     * rebuilt since), or if it does not
     * hold the same plans as the store (data imported while it was not listening); true if it did.
     */
    public boolean rebuildIfStale() {
        try {
            var stored = new TreeSet<String>();
            plans.plans().forEach(row -> stored.add(row.planKey()));
            if (index.isStale() || !index.plans().equals(stored)) {
                rebuild();
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's version as searches see it now: it changes whenever the index does. */
    public long version() {
        try {
            return index.version();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the index lives: a directory, or {@code memory}. */
    public String location() {
        return location;
    }

    @Override
    public void destroy() throws IOException {
        index.close();
    }
}

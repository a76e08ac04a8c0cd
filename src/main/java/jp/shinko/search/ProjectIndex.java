package jp.shinko.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.shinko.plan.PlanContent;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOFunction;

/**
 * The Lucene index of projects in a directory (on disk, or in memory for tests). Each change
 * opens a writer, commits and closes it, so another process (the CLI) can rebuild the index
 * while the web app runs; searches see a change as soon as it is committed.
 */
final class ProjectIndex implements Closeable {

    /** Raise when analysis or fields change: an index of another format is rebuilt at start. */
    static final String FORMAT = "1";
    private static final String FORMAT_KEY = "shinko.search.format";

    private final Directory directory;
    private final Analyzer analyzer = analyzer();
    private final ProjectFinder finder = new ProjectFinder(analyzer);
    /** Missing, unusable or of another format when opened, and not rebuilt since. */
    private volatile boolean stale;
    private final ReaderManager readers;

    ProjectIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.stale = !isCurrent(directory);
        if (stale) {
            // Missing, unreadable or of an older format: start empty; the owner rebuilds it.
            write(IndexWriterConfig.OpenMode.CREATE, writer -> 0);
        }
        this.readers = new ReaderManager(directory);
    }

    /** True if the index was missing or unusable when opened and has not been rebuilt since. */
    boolean isStale() {
        return stale;
    }

    /** Replaces the whole index with these plans' projects; returns the number of projects. */
    synchronized int rebuild(Collection<PlanContent> contents) throws IOException {
        int projects = write(IndexWriterConfig.OpenMode.CREATE, writer -> {
            int count = 0;
            for (var content : contents) {
                var documents = ProjectDocuments.of(content);
                writer.addDocuments(documents);
                count += documents.size();
            }
            return count;
        });
        stale = false;
        return projects;
    }

    /** Replaces one plan's projects in a single commit; returns the number indexed. */
    synchronized int replace(PlanContent content) throws IOException {
        var documents = ProjectDocuments.of(content);
        return write(IndexWriterConfig.OpenMode.CREATE_OR_APPEND, writer -> {
            writer.updateDocuments(new Term(ProjectDocuments.PLAN, content.plan().key()), documents);
            return documents.size();
        });
    }

    synchronized void remove(String planKey) throws IOException {
        write(IndexWriterConfig.OpenMode.CREATE_OR_APPEND, writer -> {
            writer.deleteDocuments(new Term(ProjectDocuments.PLAN, planKey));
            return 0;
        });
    }

    SearchResults search(SearchRequest request) throws IOException {
        readers.maybeRefresh();
        var reader = readers.acquire();
        try {
            return finder.find(new IndexSearcher(reader), request);
        } finally {
            readers.release(reader);
        }
    }

    /** The version of the index as searches see it now; it changes with every commit, also another process's. */
    long version() throws IOException {
        readers.maybeRefresh();
        var reader = readers.acquire();
        try {
            return reader.getVersion();
        } finally {
            readers.release(reader);
        }
    }

    /** Keys of the plans that have projects in the index. */
    Set<String> plans() throws IOException {
        readers.maybeRefresh();
        var reader = readers.acquire();
        try {
            var plans = new TreeSet<String>();
            for (var leaf : reader.leaves()) {
                var terms = leaf.reader().terms(ProjectDocuments.PLAN);
                if (terms != null) {
                    var iterator = terms.iterator();
                    for (var term = iterator.next(); term != null; term = iterator.next()) {
                        plans.add(term.utf8ToString());
                    }
                }
            }
            return plans;
        } finally {
            readers.release(reader);
        }
    }

    /** Number of projects in the index. */
    int size() throws IOException {
        readers.maybeRefresh();
        var reader = readers.acquire();
        try {
            return reader.numDocs();
        } finally {
            readers.release(reader);
        }
    }

    private int write(IndexWriterConfig.OpenMode mode, IOFunction<IndexWriter, Integer> change) throws IOException {
        int count;
        var config = new IndexWriterConfig(analyzer).setOpenMode(mode);
        try (var writer = new IndexWriter(directory, config)) {
            count = change.apply(writer);
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
        }
        if (readers != null) {
            readers.maybeRefreshBlocking();
        }
        return count;
    }

    private static boolean isCurrent(Directory directory) {
        try {
            return DirectoryReader.indexExists(directory)
                    && FORMAT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Analyzer analyzer() {
        var words = new JapaneseTextAnalyzer();
        var grams = new BigramAnalyzer();
        var perField = new HashMap<String, Analyzer>();
        for (var field : SearchField.values()) {
            perField.put(field.words(), words);
            perField.put(field.grams(), grams);
        }
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    @Override
    public void close() throws IOException {
        readers.close();
        analyzer.close();
        directory.close();
    }
}

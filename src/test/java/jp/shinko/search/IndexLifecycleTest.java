package jp.shinko.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is derived data: re-indexing replaces, a reopened index is kept, an unusable one is rebuilt. */
class IndexLifecycleTest {

    @Test
    void reindexingAPlanReplacesItsProjectsAndLeavesOtherPlansAlone() throws IOException {
        var kagoshima = SampleIndex.contents().get(0);
        var kumamoto = SampleIndex.contents().get(1);
        try (var index = new ProjectIndex(new ByteBuffersDirectory())) {
            assertThat(index.isStale()).isTrue();
            index.rebuild(List.of());
            assertThat(index.isStale()).isFalse();
            assertThat(index.replace(kumamoto)).isEqualTo(59);
            assertThat(index.replace(kagoshima)).isEqualTo(286);
            assertThat(index.replace(kumamoto)).isEqualTo(59);
            assertThat(index.size()).isEqualTo(345);
            index.replace(TextPlans.of(Map.of("半導体人材育成事業", "半導体の技術者を育成する。")));
            assertThat(index.search(SearchRequest.of("半導体")).total()).isEqualTo(2);
            index.remove(TextPlans.KEY);
            assertThat(index.plans()).containsExactly(SampleIndex.KAGOSHIMA, SampleIndex.KUMAMOTO);
            assertThat(index.search(SearchRequest.of("半導体")).total()).isEqualTo(1);
        }
    }

    @Test
    void anIndexOnDiskIsKeptWhenReopened(@TempDir Path dir) throws IOException {
        try (var index = new ProjectIndex(FSDirectory.open(dir))) {
            assertThat(index.rebuild(SampleIndex.contents())).isEqualTo(345);
            index.remove(SampleIndex.KAGOSHIMA);
        }
        try (var reopened = new ProjectIndex(FSDirectory.open(dir))) {
            assertThat(reopened.isStale()).isFalse();
            assertThat(reopened.size()).isEqualTo(59);
            assertThat(reopened.search(SearchRequest.of("半導体")).total()).isEqualTo(1);
        }
    }

    @Test
    void anIndexOfAnotherFormatIsEmptiedForRebuilding(@TempDir Path dir) throws IOException {
        try (var directory = FSDirectory.open(dir);
             var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(new org.apache.lucene.document.Document());
            writer.setLiveCommitData(Map.of("shinko.search.format", "0").entrySet());
            writer.commit();
        }
        try (var index = new ProjectIndex(FSDirectory.open(dir))) {
            assertThat(index.isStale()).isTrue();
            assertThat(index.size()).isZero();
        }
    }
}

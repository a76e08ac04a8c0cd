package jp.shinko.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Archives that would inflate without bound are refused while streaming, within the limits, with a
 * message naming the file, the entry and the limit. The bombs are made here, byte by byte.
 */
class ArchiveLimitsTest {

    private final DocumentReader reader = new DocumentReader(Layouts.builtIn());

    @AfterEach
    void defaults() {
        ArchiveLimits.use(ArchiveLimits.DEFAULTS);
    }

    @Test
    void theProbesBombIsRefusedAtItsFirstEntryWithoutRunningOutOfMemory() {
        // 150 entries of 63 MB zeros: 9.4 GB once inflated, ~9 MB on disk.
        var names = IntStream.range(0, 150).mapToObj(i -> "sheet" + i + ".csv").toList();
        byte[] bomb = Bomb.zeros(names, 63 * 1024 * 1024);
        assertThat(bomb.length).isBetween(9_000_000, 10_000_000);
        long start = System.nanoTime();
        assertThatThrownBy(() -> reader.read("bomb.zip", bomb, null))
                .isInstanceOf(ParseException.class)
                .hasMessage("bomb.zip: ZIP の中の「sheet0.csv」は圧縮率が高すぎます（展開すると圧縮時の 100 倍を超えます。"
                        + "ZIP 爆弾の疑いがあるため読みません。上限は設定 shinko.archive.max-ratio）");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    @Test
    void aNameGivenTwiceIsRefusedBeforeAnythingIsInflated() {
        byte[] twice = Bomb.zeros(List.of("事業年度.csv", "事業年度.csv"), 63 * 1024 * 1024);
        ArchiveLimits.use(new ArchiveLimits(1_000, 32L << 20, 128L << 20, 10_000));
        var refusal = catchParse(() -> ZipArchive.read("twice.zip", twice, name -> true));
        assertThat(refusal.message(Locale.JAPANESE)).isEqualTo(
                "twice.zip: ZIP の中に同じ名前のファイル「事業年度.csv」が二つあります（どちらを読むか決められないため読みません）");
        assertThat(refusal.message(Locale.ENGLISH)).isEqualTo(
                "twice.zip: the ZIP archive holds two files named \"事業年度.csv\" (refused: which one to read is unclear)");
    }

    @Test
    void tooManyEntriesAreRefusedFromTheDirectory() {
        var names = IntStream.range(0, 1_001).mapToObj(i -> "f" + i + ".csv").toList();
        var refusal = catchParse(() -> reader.read("many.zip", Bomb.stored(names, new byte[] {'a'}), null));
        assertThat(refusal.message(Locale.JAPANESE)).isEqualTo(
                "many.zip: ZIP の中のファイルが多すぎます（上限 1000 個。設定 shinko.archive.max-entries）");
    }

    @Test
    void anEntryAndTheWholeArchiveAreBoundedOnceInflated() throws Exception {
        ArchiveLimits.use(new ArchiveLimits(10, 2L << 20, 3L << 20, 100));
        byte[] noise = new byte[(2 << 20) + 1];
        new Random(17).nextBytes(noise);
        byte[] bigZip = deflated(List.of("a.csv"), noise);
        var big = catchParse(() -> ZipArchive.read("big.zip", bigZip, n -> true));
        assertThat(big.message(Locale.JAPANESE)).isEqualTo(
                "big.zip: ZIP の中の「a.csv」が展開後 2 MB を超えます（上限。設定 shinko.archive.max-entry-size）");

        byte[] part = new byte[(1 << 20) + 1];
        new Random(18).nextBytes(part);
        byte[] allZip = deflated(List.of("a.csv", "b.csv", "c.csv"), part);
        var total = catchParse(() -> ZipArchive.read("all.zip", allZip, n -> true));
        assertThat(total.message(Locale.JAPANESE)).isEqualTo(
                "all.zip: ZIP の中身が展開後 3 MB を超えます（上限。設定 shinko.archive.max-total-size）");
        assertThat(total.message(Locale.ENGLISH)).isEqualTo(
                "all.zip: the ZIP archive's files exceed 3 MB once inflated (limit: setting shinko.archive.max-total-size)");
    }

    @Test
    void poiIsGivenTheSameLimits() {
        ArchiveLimits.use(new ArchiveLimits(500, 16L << 20, 64L << 20, 50));
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxFileCount()).isEqualTo(500);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()).isEqualTo(16L << 20);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isEqualTo(0.02);
        assertThat(org.apache.poi.util.IOUtils.getByteArrayMaxOverride()).isEqualTo(16 << 20);
    }

    static byte[] deflated(List<String> names, byte[] content) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static ParseException catchParse(Runnable read) {
        try {
            read.run();
        } catch (ParseException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}

package jp.shinko.ingest;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * How much a ZIP archive (a CSV archive, an XLSX workbook) may hold, so that a small file cannot
 * inflate to exhaust memory: entries, bytes of one entry and of all entries once inflated, and the
 * ratio of inflated to compressed bytes. Set from {@code shinko.archive.*} at start
 * (docs/security.md); {@link #DEFAULTS} otherwise. The same limits are given to Apache POI, whose
 * own guards are global.
 *
 * @param maxEntries    files in the archive
 * @param maxEntryBytes bytes of one file once inflated
 * @param maxTotalBytes bytes of all files once inflated
 * @param maxRatio      inflated bytes per compressed byte of one file, checked once it passes {@link #RATIO_GRACE_BYTES}
 */
public record ArchiveLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

    /** Below this an entry may compress as well as it likes (a sheet of empty rows, an XML header). */
    public static final long RATIO_GRACE_BYTES = 1024 * 1024;

    public static final ArchiveLimits DEFAULTS = new ArchiveLimits(1_000, 32L * 1024 * 1024, 128L * 1024 * 1024, 100);

    private static volatile ArchiveLimits current;

    static {
        use(DEFAULTS);
    }

    public ArchiveLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < maxEntryBytes || maxRatio < 2
                || maxEntryBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("archive limits out of range: entries " + maxEntries + ", entry bytes "
                    + maxEntryBytes + ", total bytes " + maxTotalBytes + ", ratio " + maxRatio);
        }
    }

    /** The limits in force. */
    public static ArchiveLimits current() {
        return current;
    }

    /** Puts {@code limits} in force, for shinko's readers and for Apache POI. */
    public static synchronized void use(ArchiveLimits limits) {
        current = limits;
        ZipSecureFile.setMaxFileCount(limits.maxEntries());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxRatio());
        ZipSecureFile.setGraceEntrySize(RATIO_GRACE_BYTES);
        IOUtils.setByteArrayMaxOverride((int) limits.maxEntryBytes());
    }
}

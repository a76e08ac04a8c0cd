package jp.shinko.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A ZIP archive held in memory (a CSV archive, an XLSX workbook), read within {@link ArchiveLimits}.
 * Before anything is inflated, the central directory is read: too many entries or a name given
 * twice refuse the file (a duplicate would let one name stand for two contents, and the probe that
 * found it inflated 9 GB first). Then each entry is inflated in a stream that counts: the bytes of
 * the entry, of all entries, and the ratio to the compressed bytes are checked as they come, so
 * memory and time stay bounded whatever the headers claim. Every refusal is a {@link ParseException}
 * naming the file, the entry and the limit with its setting.
 *
 * <p>Names are UTF-8; an archive made by Japanese Windows' "send to compressed folder" writes them
 * in Shift_JIS (MS932) without saying so, and is read so too.
 */
public final class ZipArchive {

    /** An entry's name and, if it was asked for, its bytes (else null). */
    public record Entry(String name, byte[] bytes) {
    }

    private static final Charset WINDOWS_JAPANESE = Charset.forName("MS932");
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;

    private ZipArchive() {
    }

    /** Whether the bytes start like a ZIP archive (XLSX files are ZIP archives too). */
    public static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Reads through the whole archive within the limits in force, keeping nothing; throws if it exceeds them. */
    public static void check(String file, byte[] zip) {
        read(file, zip, name -> false);
    }

    /** All entries (directories left out), with the bytes of those {@code wanted} accepts. */
    public static List<Entry> read(String file, byte[] zip, Predicate<String> wanted) {
        var limits = ArchiveLimits.current();
        try {
            return read(file, zip, wanted, limits, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedName) {
            return read(file, zip, wanted, limits, WINDOWS_JAPANESE);
        }
    }

    private static List<Entry> read(String file, byte[] zip, Predicate<String> wanted, ArchiveLimits limits,
                                    Charset names) {
        directory(file, zip, limits, names);
        var entries = new ArrayList<Entry>();
        var seen = new HashSet<String>();
        var counted = new CountingStream(new ByteArrayInputStream(zip));
        long total = 0;
        try (var in = new ZipInputStream(counted, names)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (seen.size() >= limits.maxEntries()) {
                    throw refused(file, "archive.too-many-entries", limits.maxEntries(), "max-entries");
                }
                if (!seen.add(name)) {
                    throw new ParseException(file, 0, Reason.of("archive.duplicate", name));
                }
                if (entry.isDirectory()) {
                    continue;
                }
                boolean keep = wanted.test(name);
                var out = keep ? new ByteArrayOutputStream() : null;
                long size = 0;
                long compressedAtStart = counted.count;
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > limits.maxEntryBytes()) {
                        throw refused(file, "archive.entry-too-large", name, mb(limits.maxEntryBytes()), "max-entry-size");
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw refused(file, "archive.total-too-large", mb(limits.maxTotalBytes()), "max-total-size");
                    }
                    // The inflater reads ahead at most one buffer, so the count of compressed bytes is
                    // close enough once the entry has passed the grace size.
                    long compressed = Math.max(1, counted.count - compressedAtStart);
                    if (size > ArchiveLimits.RATIO_GRACE_BYTES && size / compressed > limits.maxRatio()) {
                        throw refused(file, "archive.ratio", name, limits.maxRatio(), "max-ratio");
                    }
                    if (keep) {
                        out.write(buffer, 0, n);
                    }
                }
                entries.add(new Entry(name, keep ? out.toByteArray() : null));
            }
        } catch (ZipException e) {
            throw new ParseException(file, 0, Reason.of("archive.unreadable", Reason.detail(e)));
        } catch (IOException e) {
            throw new ParseException(file, 0, Reason.of("archive.unreadable", Reason.detail(e)));
        }
        return entries;
    }

    /**
     * The central directory at the end of the archive: its entry count and names, read before any
     * entry is inflated. An archive without one (cut short) is left to the stream, which reads what
     * is there within the same limits.
     */
    private static void directory(String file, byte[] zip, ArchiveLimits limits, Charset names) {
        var buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (buffer.getInt(i) == END_OF_DIRECTORY) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return;
        }
        int count = Short.toUnsignedInt(buffer.getShort(end + 10));
        long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        if (count > limits.maxEntries()) {
            throw refused(file, "archive.too-many-entries", limits.maxEntries(), "max-entries");
        }
        var seen = new HashSet<String>();
        long at = offset;
        for (int i = 0; i < count && at + 46 <= zip.length && buffer.getInt((int) at) == DIRECTORY_ENTRY; i++) {
            int p = (int) at;
            int nameLength = Short.toUnsignedInt(buffer.getShort(p + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(p + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(p + 32));
            if (p + 46 + nameLength > zip.length) {
                return;
            }
            String name;
            try {
                name = names.newDecoder().decode(ByteBuffer.wrap(zip, p + 46, nameLength)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IllegalArgumentException("entry name not in " + names, e);
            }
            if (!seen.add(name)) {
                throw new ParseException(file, 0, Reason.of("archive.duplicate", name));
            }
            at = (long) p + 46 + nameLength + extraLength + commentLength;
        }
    }

    private static ParseException refused(String file, String key, Object... args) {
        return new ParseException(file, 0, Reason.of(key, args));
    }

    private static long mb(long bytes) {
        return bytes / 1024 / 1024;
    }

    /** Counts the compressed bytes the inflater has taken. */
    private static final class CountingStream extends FilterInputStream {

        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}

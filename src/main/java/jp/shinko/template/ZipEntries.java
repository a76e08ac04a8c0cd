package jp.shinko.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipInputStream;

/**
 * The entries of a ZIP archive held in memory, read with limits so that a small archive cannot
 * inflate to exhaust memory. Names are UTF-8; an archive made by Japanese Windows' "send to
 * compressed folder" writes them in Shift_JIS (MS932) without saying so, and is read so too.
 */
final class ZipEntries {

    /** An entry's name and, if it was asked for, its bytes (else null). */
    record Entry(String name, byte[] bytes) {
    }

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private static final Charset WINDOWS_JAPANESE = Charset.forName("MS932");

    private ZipEntries() {
    }

    /** Whether the bytes start like a ZIP archive (XLSX files are ZIP archives too). */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** All entries (directories left out), with the bytes of those {@code wanted} accepts. */
    static List<Entry> read(byte[] zip, Predicate<String> wanted) throws IOException {
        try {
            return read(zip, wanted, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedName) {
            return read(zip, wanted, WINDOWS_JAPANESE);
        }
    }

    private static List<Entry> read(byte[] zip, Predicate<String> wanted, Charset names) throws IOException {
        var entries = new ArrayList<Entry>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), names)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new IOException("ZIP の中のファイルが多すぎます（" + MAX_ENTRIES + " 個まで）");
                }
                if (!entry.isDirectory()) {
                    entries.add(new Entry(entry.getName(), wanted.test(entry.getName()) ? bounded(in, entry.getName()) : null));
                }
            }
        }
        return entries;
    }

    private static byte[] bounded(InputStream in, String name) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_ENTRY_BYTES) {
                throw new IOException(name + " が大きすぎます（展開後 " + MAX_ENTRY_BYTES / 1024 / 1024 + " MB まで）");
            }
        }
        return out.toByteArray();
    }
}

package jp.shinko.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.LineEnd;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF's text as a {@link DocumentText} for the layout parsers. The text is not the PDF's bytes:
 * its lines are the lines laid out again from the glyph positions ({@link PageLayout}; ruled
 * tables cell by cell, each cell line's end known), so the line numbers of provenance refer to
 * these extracted lines, which the store keeps as the source's lines; the checksum is still the SHA-256 of the PDF file itself. Memory stays bounded:
 * PDFBox reads the file through a buffered window, caches decoded streams in at most
 * {@value #MAIN_MEMORY_BYTES} bytes of memory (then in temporary files), and the text is built
 * page by page.
 */
public final class PdfText {

    /** More glyphs than this is no project list (the Kagoshima list, 33 pages, has about 90,000). */
    public static final long MAX_GLYPHS = 5_000_000;
    static final long MAIN_MEMORY_BYTES = 16L * 1024 * 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** The end-of-file marker must stand within this many bytes of the end (as readers require). */
    private static final int TRAILER_BYTES = 1024;

    private PdfText() {
    }

    /** Whether the bytes are a PDF: they start with the {@code %PDF-} header. */
    public static boolean isPdf(byte[] bytes) {
        return startsWith(bytes, HEADER);
    }

    /** Whether the file is a PDF; reads only its first bytes. */
    public static boolean isPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return startsWith(in.readNBytes(HEADER.length), HEADER);
        }
    }

    /** The text of a PDF held in memory. */
    public static DocumentText read(String fileName, byte[] bytes) {
        int tail = Math.min(bytes.length, TRAILER_BYTES);
        checkComplete(fileName, ByteBuffer.wrap(bytes, bytes.length - tail, tail));
        return read(fileName, DocumentText.sha256(bytes), new RandomAccessReadBuffer(bytes));
    }

    /** The text of a PDF file, read through a buffered window rather than whole. */
    public static DocumentText read(String fileName, Path file) {
        try {
            try (FileChannel channel = FileChannel.open(file)) {
                int tail = (int) Math.min(channel.size(), TRAILER_BYTES);
                var buffer = ByteBuffer.allocate(tail);
                channel.read(buffer, channel.size() - tail);
                checkComplete(fileName, buffer.flip());
            }
            return read(fileName, sha256(file), new RandomAccessReadBufferedFile(file));
        } catch (IOException e) {
            throw new ParseException(fileName, 0, Reason.of("file.unreadable", Reason.detail(e)));
        }
    }

    private static DocumentText read(String fileName, String sha256, RandomAccessRead source) {
        try (PDDocument document = load(fileName, source)) {
            if (!document.getCurrentAccessPermission().canExtractContent()) {
                throw new ParseException(fileName, 0, Reason.of("pdf.copy-forbidden"));
            }
            var laidOut = PageLayout.text(PrintedPages.of(document, MAX_GLYPHS));
            List<String> lines = laidOut.stream().map(TextLine::text).toList();
            var ends = laidOut.stream().map(TextLine::end).toList();
            if (lines.stream().allMatch(String::isBlank)) {
                throw new ParseException(fileName, 0, Reason.of("pdf.no-text", document.getNumberOfPages()));
            }
            // Where no line's end is known (no table), the text is plain text.
            return new DocumentText(fileName, sha256, lines,
                    ends.stream().allMatch(LineEnd.UNKNOWN::equals) ? List.of() : ends);
        } catch (PrintedPages.TooMuchText e) {
            throw new ParseException(fileName, 0, Reason.of("pdf.too-much-text", MAX_GLYPHS));
        } catch (ParseException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a damaged font or content stream with whatever exception it meets.
            throw new ParseException(fileName, 0, Reason.of("pdf.text-failed", Reason.detail(e)));
        }
    }

    static PDDocument load(String fileName, RandomAccessRead source) throws IOException {
        try {
            return Loader.loadPDF(source, "", null, null, MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache);
        } catch (IOException | RuntimeException e) {
            source.close();
            if (e instanceof InvalidPasswordException) {
                throw new ParseException(fileName, 0, Reason.of("pdf.encrypted"));
            }
            throw new ParseException(fileName, 0, Reason.of("pdf.damaged", Reason.detail(e)));
        }
    }

    /** A PDF ends with {@code %%EOF}; without it the file was cut short (e.g. an interrupted download). */
    private static void checkComplete(String fileName, ByteBuffer tail) {
        byte[] bytes = new byte[tail.remaining()];
        tail.get(bytes);
        for (int i = bytes.length - END_OF_FILE.length; i >= 0; i--) {
            if (java.util.Arrays.equals(bytes, i, i + END_OF_FILE.length, END_OF_FILE, 0, END_OF_FILE.length)) {
                return;
            }
        }
        throw new ParseException(fileName, 0, Reason.of("pdf.cut-off"));
    }

    private static String sha256(Path file) throws IOException {
        try (var in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}

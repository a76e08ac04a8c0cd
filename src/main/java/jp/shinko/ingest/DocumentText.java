package jp.shinko.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A document's text as lines (line 1 is {@code lines().get(0)}), with the file name and the
 * SHA-256 of its bytes that provenance refers to. For a PDF the bytes are the PDF's and the lines
 * are the text extracted from it ({@link jp.shinko.ingest.pdf.PdfText}).
 *
 * @param ends how each line ends ({@link LineEnd}), one per line, or empty where no line's end is
 *             known (plain text)
 */
public record DocumentText(String fileName, String sha256, List<String> lines, List<LineEnd> ends) {

    public DocumentText {
        lines = List.copyOf(lines);
        ends = List.copyOf(ends);
        if (!ends.isEmpty() && ends.size() != lines.size()) {
            throw new IllegalArgumentException("one line end per line, or none");
        }
    }

    /** A text whose line ends are not known. */
    public DocumentText(String fileName, String sha256, List<String> lines) {
        this(fileName, sha256, lines, List.of());
    }

    /** Decodes UTF-8 bytes (a leading BOM is dropped); refuses bytes that are not UTF-8 text. */
    public static DocumentText fromUtf8(String fileName, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ParseException(fileName, 0, TextEncoding.notUtf8(bytes, "text.not-utf8"));
        }
        if (text.indexOf('\0') >= 0) {
            throw new ParseException(fileName, 0, Reason.of("text.binary"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new DocumentText(fileName, sha256(bytes), List.of(text.split("\r?\n", -1)));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of 1-based line {@code number}. */
    public String line(int number) {
        return lines.get(number - 1);
    }

    /** How 1-based line {@code number} ends. */
    public LineEnd end(int number) {
        return ends.isEmpty() ? LineEnd.UNKNOWN : ends.get(number - 1);
    }

    public int lineCount() {
        return lines.size();
    }
}

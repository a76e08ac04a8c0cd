package jp.shinko.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Optional;

/**
 * The encoding a text that is not UTF-8 seems to be in, so the refusal can say which:
 * 「Shift_JIS のようです。UTF-8 で保存してください」. Japanese offices still save text as
 * Shift_JIS (Excel's "CSV (comma delimited)"), older systems as EUC-JP, some as UTF-16.
 */
public final class TextEncoding {

    private static final List<String> CANDIDATES = List.of("EUC-JP", "Shift_JIS");

    private TextEncoding() {
    }

    /** The name of the encoding the bytes decode in without error, if one of the usual ones does. */
    public static Optional<String> guess(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return Optional.of("UTF-16");
        }
        for (byte b : bytes) {
            if (b == 0) {
                return Optional.empty(); // NUL: a binary file, whatever it decodes as
            }
        }
        for (String name : CANDIDATES) {
            // Shift_JIS as Windows writes it (MS932: ①, ㈱ and the like), named as people know it.
            var charset = Charset.forName(name.equals("Shift_JIS") ? "MS932" : name);
            try {
                charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
                return Optional.of(name);
            } catch (CharacterCodingException e) {
                // not this one
            }
        }
        return Optional.empty();
    }

    /** Why bytes that are not UTF-8 cannot be read: the encoding they seem to be in, or the general reason. */
    static Reason notUtf8(byte[] bytes, String general) {
        return guess(bytes).map(name -> Reason.of("text.encoding", name)).orElse(Reason.of(general));
    }
}

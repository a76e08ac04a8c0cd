package jp.shinko.ingest;

/**
 * A document format read from its bytes rather than from text lines, such as shinko's XLSX / CSV
 * template. Implementations live in other modules and are found with {@link java.util.ServiceLoader}
 * (listed in {@code META-INF/services/jp.shinko.ingest.BinaryFormat}), so that ingest does not
 * depend on them while they report errors as {@link ParseException}. Stateless and thread-safe.
 */
public interface BinaryFormat {

    /** Whether the bytes are this format, cheaply (magic number and a look inside). */
    boolean recognizes(byte[] bytes);

    /** Reads the whole document or throws {@link ParseException} naming file, line and reason. */
    ParsedDocument read(String fileName, byte[] bytes);
}

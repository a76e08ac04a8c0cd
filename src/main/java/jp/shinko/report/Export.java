package jp.shinko.report;

/**
 * One exported file: its Japanese file name, an ASCII one for clients that cannot take the
 * Japanese name, its media type and its bytes.
 */
public record Export(String fileName, String asciiFileName, String contentType, byte[] bytes) {
}

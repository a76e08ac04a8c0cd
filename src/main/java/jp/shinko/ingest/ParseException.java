package jp.shinko.ingest;

/**
 * A document that cannot be read: names the file, the 1-based line (0 for the whole file) and
 * the reason, in Japanese, for the person who gave us the file.
 */
public class ParseException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    public ParseException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}

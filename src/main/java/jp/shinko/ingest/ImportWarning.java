package jp.shinko.ingest;

/** Something doubtful a parser read and how it decided: file, 1-based line, reason (Japanese). */
public record ImportWarning(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}

package jp.shinko.plan;

/** Where a fact came from: the source document (by SHA-256) and the 1-based line span in it. */
public record Provenance(String sourceSha256, int firstLine, int lastLine) {

    public Provenance {
        if (sourceSha256 == null || !sourceSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("provenance needs a SHA-256 hex digest: " + sourceSha256);
        }
        if (firstLine < 1 || lastLine < firstLine) {
            throw new IllegalArgumentException("bad line span " + firstLine + "-" + lastLine);
        }
    }

    @Override
    public String toString() {
        return firstLine == lastLine ? "L" + firstLine : "L" + firstLine + "-" + lastLine;
    }
}

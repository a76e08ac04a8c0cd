package jp.shinko.ingest;

/** Reads one layout of published project list. Implementations are stateless and thread-safe. */
public interface ListParser {

    /** The layout's identifier, e.g. {@code kagoshima-shiryo3}, as given to {@code --layout}. */
    String layout();

    /** Whether the text looks like this layout (title and headers), cheaply. */
    boolean recognizes(DocumentText text);

    /** Reads the whole document or throws {@link ParseException} naming file, line and reason. */
    ParsedDocument parse(DocumentText text);
}

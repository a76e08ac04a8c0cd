package jp.shinko.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Reads a document file into plan content: refuses oversized files up front (so memory stays
 * bounded), hands a binary format it recognizes (the XLSX / CSV template) to its reader, else
 * decodes the text, picks the layout and parses. Touches no database.
 */
public final class DocumentReader {

    /** Published project lists are a few hundred kilobytes; anything this large is not one. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    // Looked up, not named: the template module depends on ingest, so ingest cannot depend on it.
    private static final List<BinaryFormat> BINARY_FORMATS = ServiceLoader
            .load(BinaryFormat.class, BinaryFormat.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).toList();

    private final Layouts layouts;

    public DocumentReader(Layouts layouts) {
        this.layouts = layouts;
    }

    /**
     * A document's text and what its layout's parser read from it. A binary document's text has
     * no lines: it does not carry the text its provenance refers to.
     */
    public record ReadDocument(DocumentText text, ParsedDocument parsed) {

        /** Whether {@link #text()} holds the lines the content's provenance refers to. */
        public boolean hasSourceText() {
            return !text.lines().isEmpty();
        }
    }

    public ReadDocument read(Path file, String forcedLayout) {
        String name = file.getFileName().toString();
        return read(name, readBytes(file, name), forcedLayout);
    }

    public ReadDocument read(String name, byte[] bytes, String forcedLayout) {
        if (bytes.length == 0) {
            throw new ParseException(name, 0, "ファイルが空です");
        }
        for (var format : BINARY_FORMATS) {
            if (format.recognizes(bytes)) {
                var noLines = new DocumentText(name, DocumentText.sha256(bytes), List.of());
                return new ReadDocument(noLines, format.read(name, bytes));
            }
        }
        var text = DocumentText.fromUtf8(name, bytes);
        return new ReadDocument(text, layouts.choose(text, forcedLayout).parse(text));
    }

    private static byte[] readBytes(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ParseException(name, 0, String.format(
                        "ファイルが大きすぎます（%,d バイト。上限は %,d バイト）", size, MAX_BYTES));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ParseException(name, 0, "ファイルがありません: " + file);
        } catch (IOException e) {
            throw new ParseException(name, 0, "ファイルを読めません: " + e.getMessage());
        }
    }
}

package jp.shinko.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import jp.shinko.ingest.pdf.PdfText;

/**
 * Reads a document file into plan content: refuses oversized files up front (so memory stays
 * bounded), hands a binary format it recognizes (the XLSX / CSV template) to its reader, else gets
 * the text, picks the layout and parses. Touches no database.
 *
 * <p>A PDF (recognized by its {@code %PDF-} header, whatever its name) is read as the text
 * extracted from it ({@link PdfText}) and goes through the same layout parsers as a text file. Its
 * {@link DocumentText} carries the SHA-256 of the PDF's bytes but the extracted lines, so provenance
 * line spans of a PDF refer to lines of the extracted text, and those lines are what the store keeps
 * as the source's lines.
 */
public final class DocumentReader {

    /** Published project lists are a few hundred kilobytes (a few MB as PDF); anything this large is not one. */
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
        try {
            checkSize(name, Files.size(file));
            // A PDF is read through PDFBox's buffered file access, never whole into memory.
            if (PdfText.isPdf(file)) {
                return parse(PdfText.read(name, file), forcedLayout);
            }
            return read(name, Files.readAllBytes(file), forcedLayout);
        } catch (NoSuchFileException e) {
            throw new ParseException(name, 0, Reason.of("file.missing", file));
        } catch (IOException e) {
            throw new ParseException(name, 0, Reason.of("file.unreadable", Reason.detail(e)));
        }
    }

    public ReadDocument read(String name, byte[] bytes, String forcedLayout) {
        checkSize(name, bytes.length);
        if (ZipArchive.isZip(bytes)) {
            ZipArchive.check(name, bytes); // an archive bomb is refused before any reader opens it
        }
        for (var format : BINARY_FORMATS) {
            if (format.recognizes(bytes)) {
                var noLines = new DocumentText(name, DocumentText.sha256(bytes), List.of());
                return new ReadDocument(noLines, Plausibility.check(name, format.read(name, bytes)));
            }
        }
        return parse(PdfText.isPdf(bytes) ? PdfText.read(name, bytes) : DocumentText.fromUtf8(name, bytes),
                forcedLayout);
    }

    private ReadDocument parse(DocumentText text, String forcedLayout) {
        var parsed = layouts.choose(text, forcedLayout).parse(text);
        return new ReadDocument(text, Plausibility.check(text.fileName(), parsed));
    }

    private static void checkSize(String name, long size) {
        if (size == 0) {
            throw new ParseException(name, 0, Reason.of("file.empty"));
        }
        if (size > MAX_BYTES) {
            throw new ParseException(name, 0, Reason.of("file.too-large", size, MAX_BYTES));
        }
    }
}

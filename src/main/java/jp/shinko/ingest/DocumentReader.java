package jp.shinko.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import jp.shinko.ingest.pdf.PdfText;

/**
 * Reads a document file into plan content: refuses oversized files up front (so memory stays
 * bounded), gets the text, picks the layout and parses. Touches no database.
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

    private final Layouts layouts;

    public DocumentReader(Layouts layouts) {
        this.layouts = layouts;
    }

    /** A document's text and what its layout's parser read from it. */
    public record ReadDocument(DocumentText text, ParsedDocument parsed) {
    }

    public ReadDocument read(Path file, String forcedLayout) {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            checkSize(name, size);
            // A PDF is read through PDFBox's buffered file access, never whole into memory.
            if (PdfText.isPdf(file)) {
                return parse(PdfText.read(name, file), forcedLayout);
            }
            return read(name, Files.readAllBytes(file), forcedLayout);
        } catch (NoSuchFileException e) {
            throw new ParseException(name, 0, "ファイルがありません: " + file);
        } catch (IOException e) {
            throw new ParseException(name, 0, "ファイルを読めません: " + e.getMessage());
        }
    }

    public ReadDocument read(String name, byte[] bytes, String forcedLayout) {
        checkSize(name, bytes.length);
        return parse(PdfText.isPdf(bytes) ? PdfText.read(name, bytes) : DocumentText.fromUtf8(name, bytes),
                forcedLayout);
    }

    private ReadDocument parse(DocumentText text, String forcedLayout) {
        return new ReadDocument(text, layouts.choose(text, forcedLayout).parse(text));
    }

    private static void checkSize(String name, long size) {
        if (size == 0) {
            throw new ParseException(name, 0, "ファイルが空です");
        }
        if (size > MAX_BYTES) {
            throw new ParseException(name, 0, String.format(
                    "ファイルが大きすぎます（%,d バイト。上限は %,d バイト）", size, MAX_BYTES));
        }
    }
}

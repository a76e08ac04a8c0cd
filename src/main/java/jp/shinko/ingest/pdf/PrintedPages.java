package jp.shinko.ingest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Walks a document page by page with PDFBox's text stripper (which decodes fonts and drops the
 * duplicate glyphs of fake bold) and keeps each page's printed lines instead of its plain text;
 * a page's glyphs are let go once its lines are built.
 */
final class PrintedPages extends PDFTextStripper {

    /** Thrown when a document holds more glyphs than any project list does. */
    static final class TooMuchText extends RuntimeException {
        TooMuchText() {
            super(null, null, false, false);
        }
    }

    private final long maxGlyphs;
    private final List<PrintedPage> pages = new ArrayList<>();
    private long glyphs;

    private PrintedPages(long maxGlyphs) {
        this.maxGlyphs = maxGlyphs;
    }

    /** Every page of {@code document} as printed (empty for a page without text). */
    static List<PrintedPage> of(PDDocument document, long maxGlyphs) throws IOException {
        var reader = new PrintedPages(maxGlyphs);
        reader.writeText(document, Writer.nullWriter());
        return reader.pages;
    }

    @Override
    protected void writePage() throws IOException {
        var page = new ArrayList<Glyph>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition position : article) {
                page.add(Glyph.of(position));
            }
        }
        glyphs += page.size();
        if (glyphs > maxGlyphs) {
            throw new TooMuchText();
        }
        var current = getCurrentPage();
        // Rules are looked for on upright pages only: glyph positions are given as the page is read.
        var rulings = current.getRotation() % 360 == 0 ? PageRulings.of(current) : List.<Ruling>of();
        pages.add(PageCells.of(getCurrentPageNo(), page, rulings));
    }
}

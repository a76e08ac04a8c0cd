package jp.shinko.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading exported PDFs back in tests. */
final class Pdfs {

    private Pdfs() {
    }

    static PDDocument open(byte[] bytes) {
        try {
            return Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, as PDFBox extracts it (what a reader copies). */
    static List<String> pages(PDDocument document) {
        try {
            var stripper = new PDFTextStripper();
            var pages = new ArrayList<String>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font the pages use. */
    static List<PDFont> fonts(PDDocument document) {
        try {
            var fonts = new ArrayList<PDFont>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text without any white space: cells wrap names and sentences at any character. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}

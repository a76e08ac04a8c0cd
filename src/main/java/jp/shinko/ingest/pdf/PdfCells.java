package jp.shinko.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The cells of a PDF's ruled tables with their boxes, for reading a table through a column mapping
 * rather than as text: each cell's text is its lines joined, a line that wrapped where it was full
 * joined without a break (so a name printed over two lines reads as it was typed).
 */
public final class PdfCells {

    /** One ruled cell: the page (1-based), its box in points from the page's top left, its text. */
    public record Cell(int page, float left, float top, float right, float bottom, String text) {
    }

    private PdfCells() {
    }

    public static List<Cell> read(String fileName, byte[] bytes) {
        try (var document = PdfText.load(fileName, new RandomAccessReadBuffer(bytes))) {
            if (!document.getCurrentAccessPermission().canExtractContent()) {
                throw new ParseException(fileName, 0, Reason.of("pdf.copy-forbidden"));
            }
            var cells = new ArrayList<Cell>();
            var pages = PrintedPages.of(document, PdfText.MAX_GLYPHS);
            for (var page : pages) {
                for (var cell : page.cells()) {
                    cells.add(new Cell(cell.lines().get(0).page(), cell.left(), cell.top(), cell.right(),
                            cell.bottom(), text(cell)));
                }
            }
            return cells;
        } catch (PrintedPages.TooMuchText e) {
            throw new ParseException(fileName, 0, Reason.of("pdf.too-much-text", PdfText.MAX_GLYPHS));
        } catch (ParseException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ParseException(fileName, 0, Reason.of("pdf.text-failed", Reason.detail(e)));
        }
    }

    private static String text(TableCell cell) {
        var sb = new StringBuilder();
        for (int i = 0; i < cell.lines().size(); i++) {
            if (i > 0 && !cell.full().get(i - 1)) {
                sb.append('\n');
            }
            sb.append(cell.lines().get(i).text());
        }
        return sb.toString();
    }
}

package jp.shinko.ingest.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The rules a page draws: table borders, whether stroked as lines or filled as thin boxes (as
 * HTML renderers and spreadsheets print them). Collinear pieces that meet are merged, so each
 * line of a table's grid is one rule. Text is not looked at here.
 */
final class PageRulings extends PDFGraphicsStreamEngine {

    /** A filled box at most this thick (points) is a rule; anything thicker is a shading. */
    private static final float MAX_THICKNESS = 2.5f;
    /** A rule at least this long (points); shorter strokes are dots, ticks or glyph-like marks. */
    private static final float MIN_LENGTH = 4f;
    /** Rules this close (points) are one line; pieces with a gap this small meet. */
    private static final float SAME_LINE = 1f;

    private final float top;
    private final float left;
    private final List<Rectangle2D> subpaths = new ArrayList<>();
    private final List<float[]> segments = new ArrayList<>();
    private final List<Ruling> pieces = new ArrayList<>();
    private Rectangle2D.Float open;
    private Point2D.Float current = new Point2D.Float();
    private Point2D.Float start = new Point2D.Float();

    private PageRulings(PDPage page) {
        super(page);
        var box = page.getCropBox();
        this.top = box.getUpperRightY();
        this.left = box.getLowerLeftX();
    }

    /** The rules of {@code page}, merged, horizontal ones first. */
    static List<Ruling> of(PDPage page) throws IOException {
        var engine = new PageRulings(page);
        engine.processPage(page);
        return merged(engine.pieces);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        closeOpen();
        var box = new Rectangle2D.Float((float) p0.getX(), (float) p0.getY(), 0, 0);
        box.add(p1);
        box.add(p2);
        box.add(p3);
        subpaths.add(box);
        Point2D[] corners = {p0, p1, p2, p3, p0};
        for (int i = 0; i < 4; i++) {
            segments.add(new float[] {(float) corners[i].getX(), (float) corners[i].getY(),
                    (float) corners[i + 1].getX(), (float) corners[i + 1].getY()});
        }
    }

    @Override
    public void moveTo(float x, float y) {
        closeOpen();
        open = new Rectangle2D.Float(x, y, 0, 0);
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        if (open == null) {
            moveTo(current.x, current.y);
        }
        open.add(x, y);
        segments.add(new float[] {current.x, current.y, x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (open == null) {
            moveTo(current.x, current.y);
        }
        // A curve is no rule: its box is added so that a rounded shape is not taken for a line.
        open.add(x1, y1);
        open.add(x2, y2);
        open.add(x3, y3);
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (open != null) {
            segments.add(new float[] {current.x, current.y, start.x, start.y});
            current = start;
        }
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        closeOpen();
        for (var box : subpaths) {
            addThin((float) box.getMinX(), (float) box.getMinY(), (float) box.getMaxX(), (float) box.getMaxY());
        }
        clear();
    }

    @Override
    public void strokePath() {
        float width = Math.max(getGraphicsState().getLineWidth(), 0.1f);
        for (var s : segments) {
            if (s[0] == s[2] || s[1] == s[3]) {
                addThin(Math.min(s[0], s[2]) - width / 2, Math.min(s[1], s[3]) - width / 2,
                        Math.max(s[0], s[2]) + width / 2, Math.max(s[1], s[3]) + width / 2);
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        var strokes = new ArrayList<>(segments);
        fillPath(windingRule);
        segments.addAll(strokes);
        strokePath();
    }

    // Text is read by the text stripper; here it is skipped, fonts and all.
    @Override
    public void showTextString(byte[] string) {
    }

    @Override
    public void showTextStrings(COSArray array) {
    }

    @Override
    public void drawImage(PDImage image) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void closeOpen() {
        if (open != null) {
            subpaths.add(open);
            open = null;
        }
    }

    private void clear() {
        open = null;
        subpaths.clear();
        segments.clear();
    }

    /** A box in device space (y up) that is thin in one direction becomes a rule in page space. */
    private void addThin(float x0, float y0, float x1, float y1) {
        float width = x1 - x0;
        float height = y1 - y0;
        float pageTop = top - y1;
        float pageBottom = top - y0;
        if (height <= MAX_THICKNESS && width >= MIN_LENGTH && width > height) {
            pieces.add(new Ruling(true, (pageTop + pageBottom) / 2, x0 - left, x1 - left));
        } else if (width <= MAX_THICKNESS && height >= MIN_LENGTH && height > width) {
            pieces.add(new Ruling(false, (x0 + x1) / 2 - left, pageTop, pageBottom));
        }
    }

    /** Collinear pieces that overlap or meet, joined into one rule each. */
    static List<Ruling> merged(List<Ruling> pieces) {
        var sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparing((Ruling r) -> !r.horizontal()).thenComparingDouble(Ruling::at));
        var lines = new ArrayList<Ruling>();
        int i = 0;
        while (i < sorted.size()) {
            // One line of the grid: pieces in the same direction whose positions lie within SAME_LINE.
            var first = sorted.get(i);
            int end = i;
            while (end < sorted.size() && sorted.get(end).horizontal() == first.horizontal()
                    && sorted.get(end).at() - first.at() <= SAME_LINE) {
                end++;
            }
            var line = new ArrayList<>(sorted.subList(i, end));
            line.sort(Comparator.comparingDouble(Ruling::from));
            float at = (float) line.stream().mapToDouble(Ruling::at).average().orElseThrow();
            float from = line.get(0).from();
            float to = line.get(0).to();
            for (var piece : line.subList(1, line.size())) {
                if (piece.from() > to + SAME_LINE) {
                    lines.add(new Ruling(first.horizontal(), at, from, to));
                    from = piece.from();
                }
                to = Math.max(to, piece.to());
            }
            lines.add(new Ruling(first.horizontal(), at, from, to));
            i = end;
        }
        return lines;
    }
}

package jp.shinko.ingest.kagoshima;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;

/**
 * Splits the document into numbered records and blanks the page furniture, also where a page
 * break falls inside a record. A record starts where the next number in sequence stands at the
 * start of a line and is followed by the four hierarchy codes, on the same line or after a change
 * flag printed one character per line.
 */
final class RecordSegmenter {

    private static final Pattern INLINE_START = Pattern.compile(
            "\\s*(\\d{1,4})\\s+(?:(?:新規|拡充)\\s+)?\\d[ \\t]\\d[ \\t]\\d[ \\t]\\d(?:\\s.*)?");
    private static final Pattern NUMBER_ALONE = Pattern.compile("\\s*(\\d{1,4})\\s*");
    private static final Pattern CODES = Pattern.compile("\\s*\\d[ \\t]\\d[ \\t]\\d[ \\t]\\d(?:\\s.*)?");
    private static final Pattern FLAG_CHAR = Pattern.compile("\\s*[新規拡充]\\s*");
    private static final int FLAG_LOOK_AHEAD = 6;
    /**
     * Far outside the layout's norm: the longest record of the FY2019/2020 list spans 200 lines (the
     * median 25). A record this long has swallowed others (a record start deleted, documents joined).
     */
    static final int MAX_RECORD_LINES = 1_000;
    /** Short lines (―, ○, 未定) may stand twice in a row in two columns; a line this long does not. */
    private static final int DUPLICATE_MIN_CHARS = 6;

    /** The records and the furniture lines found (for the header reader). */
    record Segments(List<RawRecord> records, List<SourceLine> furniture, List<SourceLine> preamble) {
    }

    private final PageFurniture furniture;

    RecordSegmenter(PageFurniture furniture) {
        this.furniture = furniture;
    }

    Segments split(DocumentText text) {
        List<String> lines = text.lines();
        List<RawRecord> records = new ArrayList<>();
        List<SourceLine> furnitureLines = new ArrayList<>();
        List<SourceLine> preamble = new ArrayList<>();
        List<SourceLine> current = null;
        int expected = 1;
        boolean inHeaderBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            var source = new SourceLine(i + 1, line, text.end(i + 1));
            outOfSequence(text, i, expected);
            if (startsRecord(lines, i, expected)) {
                if (current != null) {
                    records.add(new RawRecord(expected - 1, current));
                }
                current = new ArrayList<>();
                current.add(source);
                expected++;
                inHeaderBlock = false;
                continue;
            }
            if (inHeaderBlock && !furniture.isHeaderLike(line)) {
                inHeaderBlock = false;
            }
            if (!inHeaderBlock && furniture.startsHeaderBlock(lines, i)) {
                inHeaderBlock = true;
            }
            boolean isFurniture = inHeaderBlock || furniture.isFurnitureLine(line);
            if (isFurniture) {
                furnitureLines.add(source);
            }
            var kept = isFurniture ? source.withText("") : source;
            (current == null ? preamble : current).add(kept);
            if (current != null && current.size() > MAX_RECORD_LINES) {
                throw new ParseException(text.fileName(), current.get(0).number(),
                        Reason.of("kagoshima.record-too-long", expected - 1, MAX_RECORD_LINES));
            }
            duplicated(text, i);
        }
        if (current != null) {
            records.add(new RawRecord(expected - 1, current));
        }
        return new Segments(records, furnitureLines, preamble);
    }

    /**
     * A line that starts a record the way every record starts (number and four codes on one line)
     * but with another number than the next one: numbering that starts again is a document joined to
     * itself or a block repeated; a number skipped is a record whose start was deleted.
     */
    private static void outOfSequence(DocumentText text, int i, int expected) {
        var inline = INLINE_START.matcher(text.lines().get(i));
        if (!inline.matches()) {
            return;
        }
        int number = Integer.parseInt(inline.group(1));
        if (number < expected) {
            throw new ParseException(text.fileName(), i + 1, Reason.of("kagoshima.numbering-restarts", number, expected - 1));
        }
        if (number > expected) {
            throw new ParseException(text.fileName(), i + 1, Reason.of("kagoshima.number-missing", expected, number));
        }
    }

    /** A line of text printed twice in a row: the extracted text of a PDF never repeats a line of a cell. */
    private static void duplicated(DocumentText text, int i) {
        String line = text.lines().get(i).strip();
        if (i > 0 && line.length() >= DUPLICATE_MIN_CHARS && line.equals(text.lines().get(i - 1).strip())) {
            throw new ParseException(text.fileName(), i + 1, Reason.of("kagoshima.line-repeated", i));
        }
    }

    private static boolean startsRecord(List<String> lines, int i, int expected) {
        String line = lines.get(i);
        var inline = INLINE_START.matcher(line);
        if (inline.matches()) {
            return Integer.parseInt(inline.group(1)) == expected;
        }
        var alone = NUMBER_ALONE.matcher(line);
        if (!alone.matches() || Integer.parseInt(alone.group(1)) != expected) {
            return false;
        }
        int flagChars = 0;
        for (int j = i + 1; j < lines.size() && j <= i + FLAG_LOOK_AHEAD; j++) {
            String next = lines.get(j);
            if (next.isBlank()) {
                continue;
            }
            if (FLAG_CHAR.matcher(next).matches()) {
                flagChars++;
                continue;
            }
            return flagChars == 2 && CODES.matcher(next).matches();
        }
        return false;
    }
}

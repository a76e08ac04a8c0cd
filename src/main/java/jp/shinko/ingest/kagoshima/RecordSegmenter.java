package jp.shinko.ingest.kagoshima;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.shinko.ingest.DocumentText;

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
        }
        if (current != null) {
            records.add(new RawRecord(expected - 1, current));
        }
        return new Segments(records, furnitureLines, preamble);
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

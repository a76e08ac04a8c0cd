package jp.shinko.ingest.kagoshima;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.Reason;

/**
 * Reads 拡充要素 · 実施主体 · 関係機関等 from what follows the outlook. The three cells wrap at
 * different widths: the expansion note at about nine characters, the implementer at seven, so a
 * line wider than the implementer's cell before it is the expansion note; a short line ends a
 * cell; a bracketed line (（観光プロモーション課）) belongs to the name above it; 委託先： and
 * numbered lines start related items.
 */
final class TailReader {

    private static final int IMPLEMENTER_HALVES = 14;
    private static final int FULL_IMPLEMENTER_LINE = 12;
    private static final Pattern RELATED_MARKER = Pattern.compile("(一部)?(委託先|委託機関|補助金交付先).*");
    private static final Pattern NUMBERED = Pattern.compile("[(（][0-9０-９]+[)）].*");
    private static final Pattern ENDS_NAME = Pattern.compile(".*(課|室|会|所|庫|行|局|構|学)");
    private static final Pattern LONE_BRACKET = Pattern.compile("[（(][^（(）)]*[）)]");

    private final String fileName;

    TailReader(String fileName) {
        this.fileName = fileName;
    }

    Tail read(int recordNumber, List<String> onLine, List<SourceLine> lines, List<ImportWarning> warnings) {
        String expansion = null;
        boolean expansionRead = false;
        List<String> implementer = new ArrayList<>();
        List<String> related = new ArrayList<>();
        int idx = 0;
        if (!onLine.isEmpty()) {
            if (AmountReader.isDash(onLine.get(0))) {
                expansionRead = true;
                idx = 1;
            } else if (!OrganizationShape.looksLikeOrganization(onLine.get(0))
                    && (onLine.size() > 1 || !lines.stream().allMatch(SourceLine::isBlank))) {
                expansion = onLine.get(0);
                expansionRead = true;
                idx = 1;
            }
            if (idx < onLine.size()) {
                implementer.add(onLine.get(idx));
                related.addAll(onLine.subList(idx + 1, onLine.size()));
            }
        }
        List<SourceLine> rest = lines;
        int i = firstNonBlank(rest, 0);
        var note = new ArrayList<SourceLine>();
        if (implementer.isEmpty() && !expansionRead && i >= 0 && wide(rest.get(i).trimmed())) {
            i = readExpansion(rest, i, note);
        }
        while (implementer.isEmpty() && !expansionRead && i >= 0 && firstNonBlank(rest, i + 1) >= 0) {
            var candidate = new ArrayList<String>();
            int after = readImplementer(rest, i, candidate);
            if (after < 0 || OrganizationShape.looksLikeOrganization(String.join("", candidate))) {
                break;
            }
            note.add(trimmed(rest.get(i)));
            i = firstNonBlank(rest, i + 1);
        }
        if (!note.isEmpty()) {
            expansion = CellText.join(note, IMPLEMENTER_HALVES + 2);
        }
        if (implementer.isEmpty() && i >= 0) {
            i = readImplementer(rest, i, implementer);
            i = mergeLoneBracket(recordNumber, rest, i, implementer, warnings);
        }
        if (i >= 0) {
            related.addAll(items(rest, i));
        }
        return new Tail(expansion, implementer, related);
    }

    /**
     * The expansion note's lines from {@code i}: a wide line continues on the next line; a blank
     * line ends the cell unless it follows a single wide line (a word broken by the extraction)
     * or the next line is another bullet. Returns the index after the note (-1 at the end).
     */
    private static int readExpansion(List<SourceLine> lines, int i, List<SourceLine> note) {
        int paragraphLines = 0;
        while (i >= 0) {
            String line = lines.get(i).trimmed();
            note.add(trimmed(lines.get(i)));
            paragraphLines++;
            boolean blankAfter = i + 1 < lines.size() && lines.get(i + 1).isBlank();
            int next = firstNonBlank(lines, i + 1);
            if (next < 0) {
                return -1;
            }
            boolean bullet = lines.get(next).trimmed().startsWith("・");
            // Where the document tells line ends, the cell is its lines up to the blank line after it.
            boolean continues = lines.get(i).endKnown() ? !blankAfter
                    : bullet || wide(line) && (!blankAfter || paragraphLines == 1);
            if (!continues) {
                return next;
            }
            if (blankAfter) {
                paragraphLines = 0;
            }
            i = next;
        }
        return -1;
    }

    private static boolean wide(String line) {
        int width = TextWidth.halves(line);
        return width > IMPLEMENTER_HALVES + 2 || width > IMPLEMENTER_HALVES && !OrganizationShape.looksLikeOrganization(line)
                || line.startsWith("・");
    }

    /** Lines of the implementer from {@code i}; returns the index after them (or -1 at the end). */
    private static int readImplementer(List<SourceLine> lines, int i, List<String> out) {
        int depth = 0;
        while (i >= 0 && i < lines.size()) {
            String line = lines.get(i).trimmed();
            out.add(line);
            depth += bracketDepth(line);
            int next = i + 1;
            boolean blankBetween = next < lines.size() && lines.get(next).isBlank();
            next = firstNonBlank(lines, next);
            if (next < 0) {
                return -1;
            }
            String following = lines.get(next).trimmed();
            boolean continues;
            if (lines.get(i).endKnown()) {
                continues = !blankBetween;
            } else if (RELATED_MARKER.matcher(following).matches() || NUMBERED.matcher(following).matches()) {
                continues = false;
            } else if (depth > 0) {
                continues = true;
            } else if (blankBetween) {
                continues = false;
            } else if (following.startsWith("（") || following.startsWith("(")) {
                continues = !following.matches("[（(](公|株|一|特|独).*");
            } else if (line.endsWith("）") || line.endsWith(")")) {
                continues = false;
            } else {
                int width = TextWidth.halves(line);
                continues = width > FULL_IMPLEMENTER_LINE
                        || width == FULL_IMPLEMENTER_LINE && !ENDS_NAME.matcher(line).matches();
            }
            if (!continues) {
                return next;
            }
            i = next;
        }
        return -1;
    }

    /**
     * An implementer printed in blocks with its department in charge as a lone bracket further
     * down (…事務所 / 県港湾空港課 / （市都市計画課）): the blocks up to the bracket are one cell.
     */
    private int mergeLoneBracket(int recordNumber, List<SourceLine> lines, int i, List<String> implementer,
                                 List<ImportWarning> warnings) {
        if (i < 0) {
            return i;
        }
        for (int j = i; j < lines.size(); j++) {
            String t = lines.get(j).trimmed();
            if (!t.isEmpty() && LONE_BRACKET.matcher(t).matches() && (j + 1 >= lines.size() || lines.get(j + 1).isBlank())) {
                for (int k = i; k <= j; k++) {
                    String part = lines.get(k).trimmed();
                    if (!part.isEmpty()) {
                        implementer.add(part);
                    }
                }
                warnings.add(new ImportWarning(fileName, lines.get(i).number(),
                        Reason.of("kagoshima.implementer-paragraphs", recordNumber)));
                return firstNonBlank(lines, j + 1);
            }
        }
        return i;
    }

    /** 関係機関等: one item per organization, wrapped lines joined (also across blank lines). */
    private static List<String> items(List<SourceLine> lines, int from) {
        var items = new ArrayList<String>();
        var current = new StringBuilder();
        String previous = null;
        SourceLine previousLine = null;
        int depth = 0;
        for (int i = from; i >= 0 && i < lines.size(); i++) {
            String t = lines.get(i).trimmed();
            if (t.isEmpty() || AmountReader.isDash(t) && previous == null) {
                continue;
            }
            boolean joins = previousLine != null && previousLine.endKnown() ? previousLine.wraps()
                    : previous != null && !RELATED_MARKER.matcher(t).matches() && !NUMBERED.matcher(t).matches()
                    && (depth > 0 || t.startsWith("（") || t.startsWith("(") && !t.matches("\\((公|株|一|特|独).*")
                    || TextWidth.halves(previous) > IMPLEMENTER_HALVES
                    || TextWidth.halves(previous) >= FULL_IMPLEMENTER_LINE
                    && !previous.matches(".*(課|室|会|所|庫|行|局|構|学|体|者|政|）|\\))"));
            if (!joins && !current.isEmpty()) {
                items.add(current.toString());
                current.setLength(0);
            }
            current.append(t);
            depth = Math.max(0, depth + bracketDepth(t));
            previous = t;
            previousLine = lines.get(i);
        }
        if (!current.isEmpty()) {
            items.add(current.toString());
        }
        return items;
    }

    /** The line without spaces around it; a wrapped line keeps those it runs on with. */
    private static SourceLine trimmed(SourceLine line) {
        return line.withText(line.wraps() ? line.text().stripLeading() : line.trimmed());
    }

    private static int bracketDepth(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth--;
            }
        }
        return depth;
    }

    private static int firstNonBlank(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}

package jp.shinko.ingest.kagoshima;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;

/**
 * Reads the name cell (wrapped over lines, with ※ notes and history brackets under it) up to the
 * 事業期間. The period is the first token shaped like an era year span (18年度～, H29～, R2年度, ―,
 * 開始年度不明); a period split over lines (H29～ / R元, 27年度～R1年 / 度) or printed several times
 * is joined. A line as wide as a summary line before any period means the period is absent.
 */
final class NameReader {

    private static final String ERA = "(?:[SHRＳＨＲ]|昭和|平成|令和)";
    private static final String YEAR = "(?:[0-9０-９]{1,2}|元)(?:\\([RＲ]元\\))?";
    private static final Pattern PERIOD = Pattern.compile(
            "(?=.*(?:年|～|〜|" + ERA + "))" + ERA + "?" + YEAR + "(?:年度?)?"
                    + "(?:[～〜](?:" + ERA + "?" + YEAR + "(?:年度?)?)?)?");
    private static final Pattern YEAR_ONLY = Pattern.compile(ERA + "?" + YEAR + "(?:年度?)?");
    private static final Pattern NO_PERIOD = Pattern.compile("[―－-]|開始年度不明");
    private static final Pattern NOTE_START = Pattern.compile("\\s*(※|[（(]※|[（(][^）)]*まで).*");
    /** Name and note lines are narrow; a wider line is the summary. */
    private static final int SUMMARY_WIDTH = 20;

    private final String fileName;

    NameReader(String fileName) {
        this.fileName = fileName;
    }

    NameBlock read(RawRecord record, RecordHeader header, List<ImportWarning> warnings) {
        List<SourceLine> lines = record.lines();
        List<List<SourceLine>> paragraphs = new ArrayList<>();
        List<SourceLine> paragraph = new ArrayList<>();
        int offset = header.bodyOffset();
        for (int i = header.bodyLine(); i < lines.size(); i++, offset = 0) {
            String text = lines.get(i).text();
            if (text.substring(Math.min(offset, text.length())).isBlank()) {
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph);
                    paragraph = new ArrayList<>();
                }
                continue;
            }
            var tokens = Tokens.of(text, offset);
            if (!paragraphs.isEmpty() || !paragraph.isEmpty() || i > header.bodyLine()) {
                if (TextWidth.full(text) >= SUMMARY_WIDTH && !isPeriod(tokens.get(0).text())) {
                    warnings.add(new ImportWarning(fileName, lines.get(i).number(),
                            Reason.of("kagoshima.no-period", record.number())));
                    return block(paragraphs, paragraph, "", lines.get(i).number(), new Cursor(i, 0));
                }
            }
            for (var token : tokens) {
                if (isPeriod(token.text())) {
                    String before = text.substring(offset, token.start()).strip();
                    if (!before.isEmpty()) {
                        paragraph.add(lines.get(i).withText(before));
                    }
                    return withPeriod(record, lines, i, token, paragraphs, paragraph);
                }
            }
            String rest = text.substring(offset);
            paragraph.add(lines.get(i).withText(lines.get(i).wraps() ? rest.stripLeading() : rest.strip()));
        }
        throw new ParseException(fileName, record.lastLine(), Reason.of("kagoshima.cut-after-name", record.number()));
    }

    private NameBlock withPeriod(RawRecord record, List<SourceLine> lines, int lineIndex, Tokens.Token token,
                                 List<List<SourceLine>> paragraphs, List<SourceLine> paragraph) {
        if (lines.get(lineIndex).wraps()) {
            // A period cell of several lines: the cell is the period, whatever its wraps cut.
            var printed = new StringBuilder(lines.get(lineIndex).text().substring(token.start()));
            int line = lineIndex;
            while (lines.get(line).wraps() && line + 1 < lines.size()) {
                printed.append(lines.get(++line).text());
            }
            return block(paragraphs, paragraph, printed.toString().strip(), lines.get(lineIndex).number(),
                    new Cursor(line, lines.get(line).text().length()));
        }
        var printed = new StringBuilder(token.text());
        int line = lineIndex;
        int end = token.end();
        boolean lastOnLine = lines.get(line).text().substring(end).isBlank() && !lines.get(line).endKnown();
        while (lastOnLine) {
            int next = nextNonBlank(lines, line + 1);
            if (next < 0) {
                break;
            }
            String t = lines.get(next).trimmed();
            String p = printed.toString();
            if ((p.endsWith("～") || p.endsWith("〜")) && YEAR_ONLY.matcher(t).matches()
                    || p.endsWith("年") && t.equals("度")) {
                printed.append(t);
            } else if (PERIOD.matcher(t).matches() && !NO_PERIOD.matcher(p).matches()) {
                printed.append(' ').append(t);
            } else {
                break;
            }
            line = next;
            end = lines.get(next).text().length();
        }
        return block(paragraphs, paragraph, printed.toString(), lines.get(lineIndex).number(),
                new Cursor(line, end));
    }

    private static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    static boolean isPeriod(String token) {
        return PERIOD.matcher(token).matches() || NO_PERIOD.matcher(token).matches();
    }

    /** The first paragraph is the name up to a note line; the rest are notes, one per paragraph. */
    private static NameBlock block(List<List<SourceLine>> paragraphs, List<SourceLine> open, String period,
                                   int periodLine, Cursor rest) {
        var all = new ArrayList<>(paragraphs);
        if (!open.isEmpty()) {
            all.add(open);
        }
        var nameLines = new ArrayList<SourceLine>();
        var notes = new ArrayList<String>();
        var note = new ArrayList<SourceLine>();
        for (int p = 0; p < all.size(); p++) {
            for (var line : all.get(p)) {
                boolean continues = !nameLines.isEmpty() && nameLines.get(nameLines.size() - 1).wraps();
                if (p == 0 && note.isEmpty()
                        && (continues || !(NOTE_START.matcher(line.text()).matches() && !nameLines.isEmpty()))) {
                    nameLines.add(line);
                } else {
                    note.add(line);
                }
            }
            if (!note.isEmpty()) {
                notes.add(CellText.join(note, CellText.NOTE_WRAP));
                note.clear();
            }
        }
        return new NameBlock(joinName(nameLines), notes, period, periodLine, rest);
    }

    /**
     * Wrapped name lines join directly; a short line followed by another is a second item (where
     * the document tells that a line wrapped, it joins whatever its width).
     */
    static String joinName(List<SourceLine> lines) {
        var name = new StringBuilder();
        SourceLine previous = null;
        for (var line : lines) {
            if (previous != null && !previous.wraps() && TextWidth.full(previous.text()) < 12
                    && !line.text().matches("[（(「『“].*")) {
                name.append(' ');
            }
            name.append(line.text());
            previous = line;
        }
        return name.toString();
    }
}

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
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
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
                        paragraph.add(before);
                    }
                    return withPeriod(record, lines, i, token, paragraphs, paragraph);
                }
            }
            paragraph.add(text.substring(offset).strip());
        }
        throw new ParseException(fileName, record.lastLine(), Reason.of("kagoshima.cut-after-name", record.number()));
    }

    private NameBlock withPeriod(RawRecord record, List<SourceLine> lines, int lineIndex, Tokens.Token token,
                                 List<List<String>> paragraphs, List<String> paragraph) {
        var printed = new StringBuilder(token.text());
        int line = lineIndex;
        int end = token.end();
        boolean lastOnLine = lines.get(line).text().substring(end).isBlank();
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
    private static NameBlock block(List<List<String>> paragraphs, List<String> open, String period,
                                   int periodLine, Cursor rest) {
        var all = new ArrayList<>(paragraphs);
        if (!open.isEmpty()) {
            all.add(open);
        }
        var nameLines = new ArrayList<String>();
        var notes = new ArrayList<String>();
        var note = new ArrayList<String>();
        for (int p = 0; p < all.size(); p++) {
            for (String line : all.get(p)) {
                if (p == 0 && note.isEmpty() && !(NOTE_START.matcher(line).matches() && !nameLines.isEmpty())) {
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

    /** Wrapped name lines join directly; a short line followed by another is a second item. */
    static String joinName(List<String> lines) {
        var name = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            if (previous != null && TextWidth.full(previous) < 12 && !line.matches("[（(「『“].*")) {
                name.append(' ');
            }
            name.append(line);
            previous = line;
        }
        return name.toString();
    }
}

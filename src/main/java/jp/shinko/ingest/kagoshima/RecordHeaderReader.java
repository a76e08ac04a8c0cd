package jp.shinko.ingest.kagoshima;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.YearFlag;

/**
 * Reads № · 新規/拡充 · the four codes · the 戦略プロジェクト marks. A mark is a ○ standing alone
 * (followed by a space or the line end); a content bullet (○メディア…) has text right after it.
 */
final class RecordHeaderReader {

    private static final Pattern NUMBER = Pattern.compile("\\s*(\\d+)\\s*");
    private static final Pattern CODES = Pattern.compile(
            "\\s*(?:(新規|拡充)\\s+)?(\\d)[ \\t](\\d)[ \\t](\\d)[ \\t](\\d)(?=\\s|$)");

    private final String fileName;

    RecordHeaderReader(String fileName) {
        this.fileName = fileName;
    }

    RecordHeader read(RawRecord record) {
        List<SourceLine> lines = record.lines();
        String first = lines.get(0).text();
        Matcher number = NUMBER.matcher(first);
        number.lookingAt();
        Matcher codes = CODES.matcher(first).region(number.end(), first.length());
        int codesLine = 0;
        String flagText;
        if (codes.lookingAt()) {
            flagText = codes.group(1);
        } else {
            var vertical = new StringBuilder();
            codesLine = 1;
            while (codesLine < lines.size()) {
                String t = lines.get(codesLine).trimmed();
                codes = CODES.matcher(lines.get(codesLine).text());
                if (codes.lookingAt()) {
                    break;
                }
                vertical.append(t);
                codesLine++;
            }
            if (codesLine >= lines.size()) {
                throw new ParseException(fileName, record.firstLine(),
                        Reason.of("kagoshima.no-node-path", record.number()));
            }
            flagText = vertical.toString();
        }
        String codeLineText = lines.get(codesLine).text();
        int offset = codes.end();
        int marks = 0;
        while (true) {
            int p = skipSpaces(codeLineText, offset);
            if (p < codeLineText.length() && isMark(codeLineText.charAt(p))
                    && (p + 1 == codeLineText.length() || Character.isWhitespace(codeLineText.charAt(p + 1)))) {
                marks++;
                offset = p + 1;
            } else {
                offset = p;
                break;
            }
        }
        return new RecordHeader(record.number(), flag(flagText, record),
                List.of(codes.group(2), codes.group(3), codes.group(4), codes.group(5)),
                marks, codesLine, offset);
    }

    private YearFlag flag(String text, RawRecord record) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return switch (text) {
            case "新規" -> YearFlag.NEW;
            case "拡充" -> YearFlag.EXPANDED;
            default -> throw new ParseException(fileName, record.firstLine(),
                    Reason.of("kagoshima.flag-unreadable", record.number(), text));
        };
    }

    static boolean isMark(char c) {
        return c == '○' || c == '〇';
    }

    static int skipSpaces(String s, int from) {
        int p = from;
        while (p < s.length() && Character.isWhitespace(s.charAt(p)) || p < s.length() && s.charAt(p) == '　') {
            p++;
        }
        return p;
    }
}

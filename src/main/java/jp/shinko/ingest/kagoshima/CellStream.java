package jp.shinko.ingest.kagoshima;

import java.util.ArrayList;
import java.util.List;

/**
 * The rest of a record from a cursor on, as tokens that know their line and paragraph, so a
 * reader can walk the columns in order and cut cells at token boundaries.
 */
final class CellStream {

    /** A token with the index of its line in the record and its paragraph (blank lines separate). */
    record Tok(String text, int line, int start, int end, int paragraph) {
    }

    private final List<SourceLine> lines;
    private final List<Tok> toks = new ArrayList<>();

    CellStream(List<SourceLine> lines, Cursor from) {
        this.lines = lines;
        int paragraph = 0;
        for (int i = from.line(); i < lines.size(); i++) {
            String text = lines.get(i).text();
            int offset = i == from.line() ? from.offset() : 0;
            var lineTokens = Tokens.of(text, offset);
            if (lineTokens.isEmpty()) {
                if (!toks.isEmpty() && toks.get(toks.size() - 1).paragraph() == paragraph) {
                    paragraph++;
                }
                continue;
            }
            for (var t : lineTokens) {
                toks.add(new Tok(t.text(), i, t.start(), t.end(), paragraph));
            }
        }
    }

    int size() {
        return toks.size();
    }

    Tok get(int k) {
        return toks.get(k);
    }

    String text(int k) {
        return toks.get(k).text();
    }

    List<SourceLine> lines() {
        return lines;
    }

    int lineNumber(int k) {
        return lines.get(toks.get(k).line()).number();
    }

    boolean sameLine(int a, int b) {
        return a >= 0 && b >= 0 && a < toks.size() && b < toks.size() && toks.get(a).line() == toks.get(b).line();
    }

    boolean firstInLine(int k) {
        var t = toks.get(k);
        return lines.get(t.line()).text().substring(0, t.start()).isBlank();
    }

    boolean lastInLine(int k) {
        var t = toks.get(k);
        return lines.get(t.line()).text().substring(t.end()).isBlank();
    }

    /** Index of the first token at or after {@code from} on a later line than token {@code k}. */
    int nextLineStart(int k) {
        int j = k + 1;
        while (j < toks.size() && toks.get(j).line() == toks.get(k).line()) {
            j++;
        }
        return j;
    }

    /** The printed lines of tokens [from, to): per line the span they cover, a blank line for blank lines between. */
    List<SourceLine> printedLines(int from, int to) {
        var out = new ArrayList<SourceLine>();
        int k = from;
        int previousLine = -1;
        while (k < to) {
            int line = toks.get(k).line();
            int start = toks.get(k).start();
            int end = toks.get(k).end();
            while (k < to && toks.get(k).line() == line) {
                end = toks.get(k).end();
                k++;
            }
            if (previousLine >= 0 && line > previousLine + 1) {
                out.add(lines.get(previousLine + 1).withText(""));
            }
            var source = lines.get(line);
            // Around a wrap the spaces are the cell's text too: the line ran on there.
            if (previousLine >= 0 && previousLine == line - 1 && lines.get(previousLine).wraps()) {
                start = 0;
            }
            out.add(source.withText(source.text().substring(start, source.wraps() ? source.text().length() : end)));
            previousLine = line;
        }
        return out;
    }

    /** The cell text of tokens [from, to), joined by the content wrap rule; "" if empty. */
    String cellText(int from, int to) {
        return from >= to ? "" : CellText.join(printedLines(from, to));
    }
}

package jp.shinko.ingest.kumamoto;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** One line of the 事業一覧 read for what it is: a heading, a table header, an entry row, text, a note. */
sealed interface ListLine {

    /** The 1-based line number in the document. */
    int line();

    /** A blank line (tabs and spaces only). */
    record Blank(int line) implements ListLine {
    }

    /**
     * The repeated table header (分野 事業名 担当課（室） 予算額（千円） / 事業概要), the ★ legend, or
     * what a PDF prints on every page: the title and the page number (1 / 4).
     */
    record Furniture(int line) implements ListLine {
    }

    /** A 方向性 heading: {@code 方向性1. 創業・事業承継の促進}. */
    record Direction(int line, String number, String title) implements ListLine {
    }

    /** A 取組 heading: {@code 取組① 創業支援}. */
    record Initiative(int line, String number, String title) implements ListLine {
    }

    /** An entry row: number, name, 担当課, 予算額. */
    record Entry(int line, EntryRow row) implements ListLine {
    }

    /** The closing note giving the date the contents are current as of. */
    record AsOfNote(int line, String text, LocalDate asOf) implements ListLine {
    }

    /** Any other text: a 事業概要 line when it follows an entry. */
    record Text(int line, String text) implements ListLine {
    }

    Pattern DIRECTION = Pattern.compile("^方向性\\s*([0-9０-９]+)\\s*[.．]\\s*(.+)$");
    Pattern INITIATIVE = Pattern.compile("^取組\\s*([①-⑳㉑-㉟])\\s*(.+)$");
    Pattern LEGEND = Pattern.compile("^[(（]?★\\s*[：:]\\s*重点事業[)）]?$");
    Pattern RUNNING_TITLE = Pattern.compile("^(?!\\d+\\s).*年度.*事業一覧$");
    Pattern PAGE_NUMBER = Pattern.compile("^\\d+\\s*/\\s*\\d+$");

    /** Reads line {@code number}; an entry row that cannot be read is a {@link jp.shinko.ingest.ParseException}. */
    static ListLine read(String file, int number, String raw) {
        List<String> cells = Arrays.stream(raw.split("\t", -1)).map(ListLine::strip).toList();
        List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        if (filled.isEmpty()) {
            return new Blank(number);
        }
        if (EntryRow.isNumberCell(cells.get(0))) {
            return new Entry(number, EntryRow.read(file, number, cells));
        }
        if (isHeader(filled)) {
            return new Furniture(number);
        }
        String text = String.join(" ", filled);
        var direction = DIRECTION.matcher(text);
        if (direction.matches()) {
            return new Direction(number, direction.group(1), direction.group(2).strip());
        }
        var initiative = INITIATIVE.matcher(text);
        if (initiative.matches()) {
            return new Initiative(number, initiative.group(1), initiative.group(2).strip());
        }
        if (LEGEND.matcher(text).matches() || RUNNING_TITLE.matcher(text).matches()
                || PAGE_NUMBER.matcher(text).matches()) {
            return new Furniture(number);
        }
        if (text.startsWith("※")) {
            var asOf = PrintedDate.asOf(text);
            if (asOf.isPresent()) {
                return new AsOfNote(number, text, asOf.get());
            }
        }
        return new Text(number, text);
    }

    /** The header's first line starts 分野 / 事業名; its second line holds only 事業概要. */
    static boolean isHeader(List<String> filled) {
        var first = Normalizer.normalize(filled.get(0), Normalizer.Form.NFKC);
        return first.equals("分野") && filled.stream().anyMatch(c -> c.startsWith("事業名"))
                || filled.size() == 1 && first.equals("事業概要");
    }

    private static String strip(String cell) {
        return cell.replaceAll("^[\\s\u3000]+|[\\s\u3000]+$", "");
    }
}

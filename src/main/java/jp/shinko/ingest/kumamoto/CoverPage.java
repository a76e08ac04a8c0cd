package jp.shinko.ingest.kumamoto;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.FiscalYear;

/**
 * What the lines before the table say: the plan's title, the list's title and fiscal year, the
 * month of publication, and the year's 重点事項 (an introductory sentence, then numbered items).
 *
 * @param listTitle      e.g. 令和六年度（2024年度）事業一覧
 * @param published      null if no month is printed
 * @param introduction   the sentence before the 重点事項 items, null if none
 */
record CoverPage(String planTitle, String listTitle, FiscalYear year, YearMonth published,
                 String introduction, List<String> priorities) {

    private static final Pattern LIST_TITLE = Pattern.compile("^(?!\\d+\\s).*年度.*事業一覧$");
    /** A title printed on one line with the plan's name in front (shinko's own list). */
    private static final Pattern PLAN_AND_LIST_TITLE = Pattern.compile("^(\\S+計画)\\s+(\\S*年度.*事業一覧)$");
    private static final Pattern PRIORITY_HEADING = Pattern.compile("^(?:[0-9０-９]+\\s*)?.*重点事項$");
    private static final Pattern SECTION = Pattern.compile("^[0-9０-９]+\\s+\\S.*$");
    private static final Pattern ITEM = Pattern.compile("^[-‐－・]?\\s*[(（]([0-9０-９]+)[)）]\\s*(.+)$");

    CoverPage {
        priorities = List.copyOf(priorities);
    }

    /** Reads lines 1 to {@code tableStart - 1}. */
    static CoverPage read(DocumentText text, int tableStart, List<ImportWarning> warnings) {
        String file = text.fileName();
        final int titleLine = titleLine(text, tableStart);
        if (titleLine == 0) {
            throw new ParseException(file, 0, Reason.of("kumamoto.no-title"));
        }
        String listTitle = text.line(titleLine).strip();
        String planTitle = planTitle(text, titleLine);
        var both = PLAN_AND_LIST_TITLE.matcher(listTitle);
        if (planTitle == null && both.matches()) {
            planTitle = both.group(1);
            listTitle = both.group(2);
        }
        final String printedTitle = listTitle;
        var years = PrintedDate.fiscalYear(listTitle).orElseThrow(() ->
                new ParseException(file, titleLine, Reason.of("kumamoto.title-year", printedTitle)));
        if (years.disagree()) {
            warnings.add(new ImportWarning(file, titleLine,
                    Reason.of("kumamoto.title-years-differ", years.fromEra(), years.gregorian())));
        }
        if (planTitle == null) {
            warnings.add(new ImportWarning(file, titleLine, Reason.of("kumamoto.no-plan-title")));
            planTitle = listTitle;
        }
        YearMonth published = null;
        for (int i = titleLine + 1; i < tableStart && published == null; i++) {
            published = PrintedDate.month(text.line(i)).orElse(null);
        }
        var priorities = new ArrayList<String>();
        String introduction = readPriorities(text, titleLine + 1, tableStart, years.year(), priorities, warnings);
        return new CoverPage(planTitle, listTitle, FiscalYear.of(years.year()), published, introduction, priorities);
    }

    private static int titleLine(DocumentText text, int tableStart) {
        for (int i = 1; i < tableStart; i++) {
            if (LIST_TITLE.matcher(text.line(i).strip()).matches()) {
                return i;
            }
        }
        return 0;
    }

    /** The plan's name is the line printed just above the list's title, if it names a 計画. */
    private static String planTitle(DocumentText text, int titleLine) {
        for (int i = titleLine - 1; i >= 1; i--) {
            var line = text.line(i).strip();
            if (!line.isEmpty()) {
                return line.endsWith("計画") ? line : null;
            }
        }
        return null;
    }

    /** Collects the 重点事項 items into {@code items}; returns the introduction before them. */
    private static String readPriorities(DocumentText text, int from, int to, int year, List<String> items,
                                         List<ImportWarning> warnings) {
        int heading = 0;
        for (int i = from; i < to && heading == 0; i++) {
            if (PRIORITY_HEADING.matcher(text.line(i).strip()).matches()) {
                heading = i;
            }
        }
        if (heading == 0) {
            return null;
        }
        final int headingLine = heading;
        PrintedDate.fiscalYear(text.line(heading)).filter(y -> y.year() != year).ifPresent(y ->
                warnings.add(new ImportWarning(text.fileName(), headingLine,
                        Reason.of("kumamoto.priorities-year", y.year(), year))));
        var introduction = new ArrayList<String>();
        for (int i = heading + 1; i < to; i++) {
            var line = text.line(i).replace('\t', ' ').strip();
            if (line.isEmpty()) {
                continue;
            }
            var item = ITEM.matcher(line);
            if (item.matches()) {
                items.add(item.group(2).strip());
            } else if (SECTION.matcher(line).matches()) {
                break;
            } else if (items.isEmpty()) {
                introduction.add(line);
            } else {
                // A line after the items that is no new item nor section continues the last item.
                items.set(items.size() - 1, items.get(items.size() - 1) + line);
            }
        }
        // The introduction is one sentence: where it is printed over several lines, they wrapped.
        return introduction.isEmpty() ? null : String.join("", introduction);
    }
}

package jp.shinko.ingest.kagoshima;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinko.era.Era;
import jp.shinko.era.EraParseException;
import jp.shinko.era.JapaneseYearParser;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.Worded;
import jp.shinko.plan.FiscalYear;

/**
 * Reads the title (【資料３】商工業振興プランに係る事業概要等一覧（31(R元)・2年度）) and the column
 * headers: the years of the 決算額 and 予算額 columns, the first year of the outlook column
 * (R3年度以降) and the strategic projects printed as vertical labels (１/食/の/都).
 */
final class ListHeaderReader {

    static final Pattern TITLE = Pattern.compile(
            "【資料[0-9０-９]+】(.+?)に係る事業概要等一覧（(.+?)・(.+?)年度）");
    private static final Pattern ERA_LABEL = Pattern.compile(
            "[HRSＨＲＳ]?[0-9０-９]+(\\([RＲ]元\\))?|\\([RＲ]元\\)");
    private static final Pattern OUTLOOK_LABEL = Pattern.compile("(.+?)年度以降");
    /** A legend naming the strategic projects by number: 戦略プロジェクト（1 食の都　2 外貨獲得）. */
    private static final Pattern STRATEGIC_LEGEND = Pattern.compile(
            "戦略プロジェクト（([0-9０-９]+ [^　）]+(?:　[0-9０-９]+ [^　）]+)*)）");
    private static final int TITLE_SEARCH_LINES = 20;

    /** Finds the title line among the first lines, if any. */
    static Optional<Matcher> findTitle(DocumentText text) {
        for (int i = 0; i < Math.min(TITLE_SEARCH_LINES, text.lineCount()); i++) {
            Matcher m = TITLE.matcher(text.lines().get(i).strip());
            if (m.matches()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    ListHeader read(DocumentText text, List<SourceLine> furniture, List<ImportWarning> warnings) {
        int titleLine = 0;
        Matcher title = null;
        for (int i = 0; i < Math.min(TITLE_SEARCH_LINES, text.lineCount()) && title == null; i++) {
            Matcher m = TITLE.matcher(text.lines().get(i).strip());
            if (m.matches()) {
                title = m;
                titleLine = i + 1;
            }
        }
        if (title == null) {
            throw new ParseException(text.fileName(), 1, Reason.of("kagoshima.no-title"));
        }
        FiscalYear resultYear = year(text, titleLine, title.group(2), Era.HEISEI);
        FiscalYear planYear = year(text, titleLine, title.group(3), Era.of(resultYear.next()));
        if (!planYear.equals(resultYear.next())) {
            throw new ParseException(text.fileName(), titleLine,
                    Reason.of("kagoshima.title-years", title.group(2), title.group(3)));
        }
        checkColumnYear(text, furniture, "決算額", resultYear, warnings);
        checkColumnYear(text, furniture, "予算額", planYear, warnings);
        FiscalYear outlookFrom = outlookFrom(text, furniture, planYear, warnings);
        List<String> strategic = strategicProjects(furniture);
        if (strategic.isEmpty()) {
            strategic = strategicLegend(text, titleLine);
        }
        if (strategic.isEmpty()) {
            warnings.add(new ImportWarning(text.fileName(), titleLine, Reason.of("kagoshima.no-strategic-headings")));
        }
        return new ListHeader(title.group(0), title.group(1), resultYear, planYear, outlookFrom,
                strategic, titleLine);
    }

    private static FiscalYear year(DocumentText text, int line, String printed, Era bareEra) {
        try {
            return JapaneseYearParser.parseYear(printed, bareEra);
        } catch (EraParseException e) {
            throw new ParseException(text.fileName(), line,
                    Reason.of("kagoshima.title-year-unreadable", printed, (Worded) e::message));
        }
    }

    /** The era labels printed above a column label (H31 / (R元) / 決算額) must name the title's year. */
    private static void checkColumnYear(DocumentText text, List<SourceLine> furniture, String label,
                                        FiscalYear expected, List<ImportWarning> warnings) {
        for (int i = 0; i < furniture.size(); i++) {
            if (!furniture.get(i).trimmed().equals(label)) {
                continue;
            }
            var parts = new ArrayList<String>();
            for (int j = i - 1; j >= 0 && furniture.get(j).number() >= furniture.get(i).number() - 4; j--) {
                String t = furniture.get(j).trimmed();
                if (ERA_LABEL.matcher(t).matches()) {
                    parts.add(0, t);
                } else if (!t.isEmpty()) {
                    break;
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            String printed = String.join("", parts);
            FiscalYear found;
            try {
                found = JapaneseYearParser.parseYear(printed, Era.of(expected));
            } catch (EraParseException e) {
                found = null;
            }
            if (!expected.equals(found)) {
                warnings.add(new ImportWarning(text.fileName(), furniture.get(i).number(),
                        Reason.of("kagoshima.column-year-differs", printed, label, expected.year())));
            }
        }
    }

    private static FiscalYear outlookFrom(DocumentText text, List<SourceLine> furniture,
                                          FiscalYear planYear, List<ImportWarning> warnings) {
        for (var line : furniture) {
            Matcher m = OUTLOOK_LABEL.matcher(line.trimmed());
            if (m.matches()) {
                try {
                    return JapaneseYearParser.parseYear(m.group(1), Era.of(planYear));
                } catch (EraParseException e) {
                    warnings.add(new ImportWarning(text.fileName(), line.number(),
                            Reason.of("kagoshima.column-year-unreadable", line.trimmed())));
                }
            }
        }
        return planYear.next();
    }

    /** Vertical labels whose first character is a digit: １/食/の/都 is strategic project 食の都. */
    private static List<String> strategicProjects(List<SourceLine> furniture) {
        var names = new ArrayList<String>();
        var run = new StringBuilder();
        int previous = -1;
        for (var line : furniture) {
            String t = line.trimmed();
            boolean single = t.codePointCount(0, t.length()) == 1;
            if (!single || line.number() != previous + 1) {
                addLabel(run, names);
            }
            if (single) {
                run.append(t);
            }
            previous = line.number();
        }
        addLabel(run, names);
        return names;
    }

    /** The strategic projects a legend near the title names, where no column labels them (shinko's own lists). */
    private static List<String> strategicLegend(DocumentText text, int titleLine) {
        for (int i = titleLine; i < Math.min(titleLine + TITLE_SEARCH_LINES, text.lineCount()); i++) {
            Matcher m = STRATEGIC_LEGEND.matcher(text.lines().get(i));
            if (m.find()) {
                return java.util.Arrays.stream(m.group(1).split("　"))
                        .map(item -> item.substring(item.indexOf(' ') + 1)).toList();
            }
        }
        return List.of();
    }

    private static void addLabel(StringBuilder run, List<String> names) {
        if (run.length() > 1 && Character.isDigit(run.charAt(0)) && !Character.isDigit(run.charAt(1))) {
            String name = run.substring(1);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        run.setLength(0);
    }
}

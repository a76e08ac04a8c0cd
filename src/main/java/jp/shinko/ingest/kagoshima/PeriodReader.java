package jp.shinko.ingest.kagoshima;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinko.era.Era;
import jp.shinko.era.EraParseException;
import jp.shinko.era.JapaneseYearParser;
import jp.shinko.era.YearSpan;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.Worded;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.ProjectPeriod;
import jp.shinko.plan.YearFlag;

/**
 * Turns a printed 事業期間 into fiscal years. A number without era is read in context: 平成 by
 * default (18年度～), 令和 on a 新規 row whose number is the plan year (2年度～ in an R2 list), and
 * as the summary says where it names the year with its era (平成2年度から). Several periods printed
 * one under the other give the earliest start.
 */
final class PeriodReader {

    private static final Pattern BARE_START = Pattern.compile("[0-9０-９]{1,2}(?:年|～|〜).*");
    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]{1,2}");

    private final String fileName;

    PeriodReader(String fileName) {
        this.fileName = fileName;
    }

    ProjectPeriod read(String printed, int line, int record, YearFlag flag, String summary,
                       FiscalYear planYear, List<ImportWarning> warnings) {
        if (printed.isEmpty() || AmountReader.isDash(printed) || printed.equals("開始年度不明")) {
            return new ProjectPeriod(null, null, printed);
        }
        String[] parts = printed.split(" ");
        List<YearSpan> spans = new ArrayList<>();
        for (String part : parts) {
            try {
                spans.add(JapaneseYearParser.parseSpan(part, bareEra(part, line, record, flag, summary, planYear, warnings)));
            } catch (EraParseException e) {
                warnings.add(new ImportWarning(fileName, line,
                        Reason.of("kagoshima.period-unreadable", record, printed, (Worded) e::message)));
                return new ProjectPeriod(null, null, printed);
            }
        }
        spans.forEach(span -> span.warnings().forEach(w ->
                warnings.add(new ImportWarning(fileName, line, Reason.of("kagoshima.period-doubt", record, (Worded) w::text)))));
        if (spans.size() == 1) {
            return spans.get(0).toPeriod(printed);
        }
        warnings.add(new ImportWarning(fileName, line,
                Reason.of("kagoshima.period-several", record, spans.size(), printed)));
        FiscalYear start = spans.stream().map(YearSpan::start).min(FiscalYear::compareTo).orElseThrow();
        boolean open = spans.stream().anyMatch(YearSpan::openEnded);
        FiscalYear end = open ? null : spans.stream().map(YearSpan::end).max(FiscalYear::compareTo).orElseThrow();
        return new ProjectPeriod(start, end, printed);
    }

    private Era bareEra(String part, int line, int record, YearFlag flag, String summary, FiscalYear planYear,
                        List<ImportWarning> warnings) {
        if (!BARE_START.matcher(part).matches()) {
            return Era.HEISEI;
        }
        Matcher m = NUMBER.matcher(part);
        m.find();
        int number = JapaneseYearParser.parseYear(m.group() + "年", Era.HEISEI).year() - Era.HEISEI.firstYear() + 1;
        for (Era era : List.of(Era.HEISEI, Era.REIWA, Era.SHOWA)) {
            if (summary.contains(era.kanji() + number + "年") || summary.contains(era.kanji() + m.group() + "年")) {
                return era;
            }
        }
        FiscalYear asReiwa = Era.REIWA.fiscalYear(number);
        if (flag == YearFlag.NEW && asReiwa.equals(planYear)) {
            return Era.REIWA;
        }
        if (asReiwa.compareTo(planYear) <= 0) {
            warnings.add(new ImportWarning(fileName, line, Reason.of("kagoshima.period-no-era", record, part)));
        }
        return Era.HEISEI;
    }
}

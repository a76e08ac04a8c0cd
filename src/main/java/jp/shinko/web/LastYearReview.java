package jp.shinko.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.shinko.cycle.AmountFormat;
import jp.shinko.cycle.PreviousYearRecord;
import jp.shinko.cycle.PublishedResult;
import jp.shinko.cycle.RoundRecord;
import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;

/**
 * A round record beside what was published a year ago, for the reviewer: last year's budget,
 * outlook, expansion note and content against this year's, and the settlement and evaluation
 * published a year ago (of the year before that) against the ones reported now. Each row says
 * whether it changed; the content comes with a character diff.
 *
 * @param rows    one per field, in the list's order
 * @param content the content's diff, last year's text to this year's
 */
record LastYearReview(List<Row> rows, List<TextDiff.Part> content, boolean contentChanged) {

    /**
     * One field: its message key, the years its two values belong to, both values as printed, and
     * {@code change}, a short note on how much an amount moved (e.g. +20.0%), else empty.
     */
    record Row(String field, String lastYear, String thisYear, String lastValue, String thisValue, boolean changed,
               String change) {
    }

    static LastYearReview of(RoundRecord record, PreviousYearRecord previous, PublishedResult published,
                             YearText years) {
        var thisYear = years.abbreviated(record.year());
        var lastYear = years.abbreviated(record.year().previous());
        var rows = new ArrayList<Row>();
        rows.add(amountRow("budget", lastYear, thisYear, previous == null ? null : previous.budget(),
                record.budget()));
        if (record.hasPreviousYear()) {
            var twoBefore = years.abbreviated(record.year().previous().previous());
            rows.add(amountRow("previousSettled", twoBefore, lastYear, published == null ? null : published.settled(),
                    record.previousSettled()));
            rows.add(textRow("evaluation", twoBefore, lastYear,
                    published == null ? null : mark(published.evaluation()),
                    mark(record.previousEvaluation()) + rate(record.achievementRate())));
        }
        rows.add(textRow("outlook", lastYear, thisYear, previous == null ? null : previous.outlook(),
                record.outlook()));
        rows.add(textRow("expansionNote", lastYear, thisYear, previous == null ? null : previous.expansionNote(),
                record.expansionNote()));
        var before = previous == null ? "" : nullToEmpty(previous.content());
        var after = nullToEmpty(record.content());
        return new LastYearReview(rows, TextDiff.of(before, after), !before.equals(after));
    }

    private static Row amountRow(String field, String lastYear, String thisYear, Amount last, Amount now) {
        var lastText = last == null ? "" : AmountFormat.of(last);
        var nowText = now == null ? "" : AmountFormat.of(now);
        return new Row(field, lastYear, thisYear, lastText, nowText, !lastText.equals(nowText), change(last, now));
    }

    private static Row textRow(String field, String lastYear, String thisYear, String last, String now) {
        var lastText = nullToEmpty(last);
        var nowText = nullToEmpty(now);
        return new Row(field, lastYear, thisYear, lastText, nowText, !lastText.equals(nowText), "");
    }

    /** +20.0% / −50.0% against last year's amount; empty where either is missing or last year's is zero. */
    static String change(Amount last, Amount now) {
        if (last == null || now == null || !last.isPresent() || !now.isPresent() || last.thousandYen() == 0
                || Objects.equals(last, now)) {
            return "";
        }
        var percent = BigDecimal.valueOf(now.thousandYen() - last.thousandYen()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(last.thousandYen()), 1, RoundingMode.HALF_UP);
        return (percent.signum() > 0 ? "+" : "−") + percent.abs().toPlainString() + "%";
    }

    private static String mark(Evaluation evaluation) {
        return evaluation == null ? "" : evaluation.mark();
    }

    private static String rate(BigDecimal rate) {
        return rate == null ? "" : "（" + rate.stripTrailingZeros().toPlainString() + "%）";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

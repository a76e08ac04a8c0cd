package jp.shinko.ingest.kagoshima;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.Amount;
import jp.shinko.plan.EvaluationScale;

/**
 * Walks the columns 事業概要 · 決算額 · 実施内容 · 事業評価 · 予算額 · 実施内容 · R3年度以降 in order
 * over the tokens after the period. Cells that share a line are told apart by shape and sense:
 * an amount stands first on its line or right after the summary, the evaluation is a lone mark,
 * the budget follows it on its line, the outlook is one of a small vocabulary; a run of dashes
 * fills the columns in order.
 */
final class FiscalBlockReader {

    static final Set<String> OUTLOOKS = Set.of("継続予定", "一部継続予定", "拡充", "拡充予定", "事業終了",
            "未定", "新規事業", "終了予定", "廃止", "廃止予定", "休止", "縮小", "縮小予定", "継続", "統合予定");
    private static final int NARROW_HALVES = 20;

    private final String fileName;
    private final EvaluationScale scale;
    private final AmountReader amounts;

    FiscalBlockReader(String fileName, EvaluationScale scale) {
        this.fileName = fileName;
        this.scale = scale;
        this.amounts = new AmountReader(fileName);
    }

    FiscalBlock read(RawRecord record, Cursor from, List<ImportWarning> warnings) {
        var s = new CellStream(record.lines(), from);
        if (s.size() == 0) {
            throw truncated(record);
        }
        int settledAt = -1;
        int gradeAt = -1;
        for (int k = 0; k < s.size() && settledAt < 0 && gradeAt < 0; k++) {
            if (isGrade(s.text(k))) {
                gradeAt = k;
            } else if (isSettledCandidate(s, k)) {
                settledAt = k;
            } else {
                checkUnknownMark(s, k);
            }
        }
        if (settledAt < 0 && gradeAt < 0) {
            throw new ParseException(fileName, record.lastLine(),
                    Reason.of("kagoshima.no-result-columns", record.number()));
        }
        if (settledAt >= 0 && AmountReader.isDash(s.text(settledAt)) && mergedResultYear(s, settledAt)) {
            warnings.add(new ImportWarning(fileName, s.lineNumber(settledAt),
                    Reason.of("kagoshima.result-year-dash", record.number(), s.text(settledAt))));
            return afterEvaluation(record, s, s.cellText(0, settledAt), Amount.none(), "", "―", settledAt, warnings);
        }
        int evalAt;
        int contentFrom;
        Amount settled;
        String summary;
        if (settledAt >= 0) {
            evalAt = findEvaluation(s, settledAt + 1);
            if (evalAt < 0 && AmountReader.isDash(s.text(settledAt))) {
                gradeAt = settledAt;
                settledAt = -1;
            } else if (evalAt < 0) {
                throw new ParseException(fileName, record.lastLine(),
                        Reason.of("kagoshima.no-evaluation", record.number()));
            }
        }
        if (settledAt >= 0) {
            settled = amounts.read(s.text(settledAt), s.lineNumber(settledAt));
            summary = s.cellText(0, settledAt);
            evalAt = findEvaluation(s, settledAt + 1);
            contentFrom = settledAt + 1;
        } else {
            evalAt = gradeAt;
            settled = Amount.notStated();
            int firstParagraph = s.get(0).paragraph();
            int split = 0;
            while (split < evalAt && s.get(split).paragraph() == firstParagraph) {
                split++;
            }
            summary = s.cellText(0, split);
            contentFrom = split;
            warnings.add(new ImportWarning(fileName, s.lineNumber(evalAt),
                    Reason.of("kagoshima.settled-blank", record.number())));
        }
        String resultContent = s.cellText(contentFrom, evalAt);
        return afterEvaluation(record, s, summary, settled, resultContent, s.text(evalAt), evalAt, warnings);
    }

    /**
     * The evaluation after the result year's content: the first lone ◎○△, or the first dash; a
     * run of three dashes right after the settled amount is content, evaluation and budget.
     */
    private int findEvaluation(CellStream s, int from) {
        for (int k = from; k < s.size(); k++) {
            String t = s.text(k);
            if (isGrade(t)) {
                return k;
            }
            if (AmountReader.isDash(t)) {
                int run = 1;
                while (k + run < s.size() && AmountReader.isDash(s.text(k + run)) && s.sameLine(k, k + run)) {
                    run++;
                }
                return k == from && run >= 3 ? k + 1 : k;
            }
            if (OUTLOOKS.contains(t)) {
                return -1;
            }
            checkUnknownMark(s, k);
        }
        return -1;
    }

    /** A lone dash standing for the whole result year: a budget amount or an outlook follows it first. */
    private boolean mergedResultYear(CellStream s, int dashAt) {
        int next = dashAt + 1;
        if (next < s.size() && s.sameLine(dashAt, next) && AmountReader.isAmountLike(s.text(next))
                && !AmountReader.isDash(s.text(next))) {
            return true;
        }
        for (int k = next; k < s.size(); k++) {
            String t = s.text(k);
            if (isGrade(t) || AmountReader.isDash(t)) {
                return false;
            }
            if (OUTLOOKS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private FiscalBlock afterEvaluation(RawRecord record, CellStream s, String summary, Amount settled,
                                        String resultContent, String evaluation, int evalAt,
                                        List<ImportWarning> warnings) {
        int k = evalAt + 1;
        Amount budget = Amount.notStated();
        if (k < s.size() && s.sameLine(evalAt, k) && AmountReader.isAmountLike(s.text(k))) {
            budget = amounts.read(s.text(k), s.lineNumber(k));
            k++;
        }
        int contentFrom = k;
        int outlookAt = findOutlook(s, contentFrom, evalAt);
        if (outlookAt >= 0) {
            String outlook = AmountReader.isDash(s.text(outlookAt)) ? null : s.text(outlookAt);
            int next = s.nextLineStart(outlookAt);
            return new FiscalBlock(summary, settled, resultContent, evaluation, budget,
                    s.cellText(contentFrom, outlookAt), outlook, texts(s, outlookAt + 1, next),
                    linesFrom(s, next));
        }
        int lineEnd = s.nextLineStart(evalAt);
        for (int j = contentFrom + 1; j < lineEnd; j++) {
            if (OrganizationShape.looksLikeOrganization(s.text(j))) {
                return new FiscalBlock(summary, settled, resultContent, evaluation, budget,
                        s.cellText(contentFrom, j), null, texts(s, j, lineEnd), linesFrom(s, lineEnd));
            }
        }
        int tailAt = tailStart(s, Math.max(contentFrom, lineEnd));
        return new FiscalBlock(summary, settled, resultContent, evaluation, budget,
                s.cellText(contentFrom, tailAt), null, List.of(), linesFrom(s, tailAt));
    }

    /** The outlook word (the last of adjacent ones), or a line of dashes standing for it. */
    private static int findOutlook(CellStream s, int from, int evalAt) {
        for (int k = from; k < s.size(); k++) {
            if (OUTLOOKS.contains(s.text(k))) {
                while (k + 1 < s.size() && s.sameLine(k, k + 1) && OUTLOOKS.contains(s.text(k + 1))) {
                    k++;
                }
                return k;
            }
            if (AmountReader.isDash(s.text(k)) && s.firstInLine(k) && !s.sameLine(k, evalAt)
                    && s.sameLine(k, k + 1) && allDashes(s, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean allDashes(CellStream s, int k) {
        for (int j = k; j < s.nextLineStart(k); j++) {
            if (!AmountReader.isDash(s.text(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Without an outlook the tail (implementer, related) is the trailing paragraphs made only of
     * narrow lines; a narrow paragraph after a line that wrapped mid-sentence is still content.
     */
    private static int tailStart(CellStream s, int from) {
        int tail = s.size();
        int k = s.size();
        while (k > from) {
            int paragraph = s.get(k - 1).paragraph();
            int start = k;
            boolean narrow = true;
            while (start > from && s.get(start - 1).paragraph() == paragraph) {
                start--;
            }
            for (int j = start; j < k; j++) {
                String line = s.lines().get(s.get(j).line()).text().strip();
                narrow &= TextWidth.halves(line) <= NARROW_HALVES;
            }
            if (!narrow || start > from && continuesSentence(s, start - 1)) {
                break;
            }
            tail = start;
            k = start;
        }
        return tail;
    }

    private static boolean continuesSentence(CellStream s, int lastOfPrevious) {
        String line = s.lines().get(s.get(lastOfPrevious).line()).text().strip();
        return TextWidth.halves(line) >= CellText.CONTENT_WRAP && !line.matches(".*[。．）)」』]$");
    }

    private static List<String> texts(CellStream s, int from, int to) {
        var out = new ArrayList<String>();
        for (int k = from; k < to; k++) {
            out.add(s.text(k));
        }
        return out;
    }

    private static List<SourceLine> linesFrom(CellStream s, int k) {
        if (k >= s.size()) {
            return List.of();
        }
        return s.lines().subList(s.get(k).line(), s.lines().size());
    }

    private boolean isGrade(String token) {
        return !AmountReader.isDash(token) && scale.grade(token).isPresent();
    }

    /** An amount where the settled cell may stand: first or last on its line, or a dash / 非公開. */
    private static boolean isSettledCandidate(CellStream s, int k) {
        String t = s.text(k);
        if (AmountReader.isDash(t) || t.equals(AmountReader.UNDISCLOSED)) {
            return true;
        }
        return AmountReader.isNumberLike(t) && (s.firstInLine(k) || s.lastInLine(k) && k > 0 && s.sameLine(k - 1, k));
    }

    /** A lone symbol where an evaluation may stand that is not on the plan's scale. */
    private void checkUnknownMark(CellStream s, int k) {
        String t = s.text(k);
        if (t.codePointCount(0, t.length()) != 1 || !s.firstInLine(k)) {
            return;
        }
        int type = Character.getType(t.codePointAt(0));
        boolean symbol = type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL;
        boolean standsAlone = s.lastInLine(k) || AmountReader.isAmountLike(s.text(k + 1));
        if (symbol && standsAlone && scale.grade(t).isEmpty()) {
            throw new ParseException(fileName, s.lineNumber(k),
                    Reason.of("kagoshima.unknown-mark", t, String.join("", scale.marks())));
        }
    }

    private ParseException truncated(RawRecord record) {
        return new ParseException(fileName, record.lastLine(), Reason.of("kagoshima.cut-after-summary", record.number()));
    }
}

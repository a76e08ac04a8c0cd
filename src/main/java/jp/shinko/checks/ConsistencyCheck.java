package jp.shinko.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.shinko.plan.Amount;
import jp.shinko.plan.EvaluationScale;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;

/**
 * Runs a plan's consistency rules over the records of one fiscal year, each record read beside the
 * same project's record of the year before. Pure: it reads plan content and returns findings, in
 * the order of the records.
 */
public final class ConsistencyCheck {

    /** A budget this many times last year's (or a tenth of it) is worth a second look. */
    static final long JUMP_FACTOR = 10;

    private ConsistencyCheck() {
    }

    /** The findings of every enabled rule for the records of {@code year}. */
    public static List<Finding> check(PlanContent content, FiscalYear year, CheckSettings settings) {
        var projects = content.projectsByKey();
        var findings = new ArrayList<Finding>();
        for (var record : content.yearRecords()) {
            if (!record.year().equals(year)) {
                continue;
            }
            var previous = content.yearRecord(record.projectKey(), year.previous());
            findings.addAll(checkRecord(projects.get(record.projectKey()), record, previous,
                    content.plan().evaluationScale(), settings));
        }
        return List.copyOf(findings);
    }

    /** The findings for one record read beside the same project's record of the year before, if any. */
    public static List<Finding> checkRecord(Project project, YearRecord record, Optional<YearRecord> previous,
                                            EvaluationScale scale, CheckSettings settings) {
        var findings = new ArrayList<Finding>();
        new RecordChecks(project, record, previous, scale, settings, findings).run();
        return findings;
    }

    /** The findings for every year of the content, oldest year first. */
    public static List<Finding> checkAllYears(PlanContent content, CheckSettings settings) {
        return content.years().stream().flatMap(year -> check(content, year, settings).stream()).toList();
    }

    /** The rules applied to one record; each adds at most one finding. */
    private record RecordChecks(Project project, YearRecord record, Optional<YearRecord> previous,
                                EvaluationScale scale, CheckSettings settings, List<Finding> findings) {

        void run() {
            int year = record.year().year();
            long budget = value(record.budget());
            long settled = value(record.settled());
            if (record.budget().isPresent() && record.settled().isPresent() && settled > budget) {
                add(Rule.SETTLED_OVER_BUDGET, year, settled, budget);
            }
            if (isNotRun(record) && record.settled().isPresent() && settled > 0) {
                add(Rule.NOT_RUN_WITH_SETTLEMENT, year, record.evaluation().mark(), settled);
            }
            if (expands(record)) {
                lowMark().ifPresent(low -> add(Rule.LOW_MARK_THEN_EXPANDED, low.year().year(),
                        low.evaluation().mark(), expansionWord(record)));
                if (blank(record.expansionNote()) && blank(record.content())) {
                    add(Rule.EXPANSION_WITHOUT_NOTE, year);
                }
            }
            previous.filter(p -> ends(p.outlook())).filter(p -> record.budget().isPresent() && budget > 0)
                    .ifPresent(p -> add(Rule.ENDED_WITH_BUDGET, p.year().year(), p.outlook(), year, budget));
            previous.filter(p -> record.has(YearFlag.NEW) && p.settled().isPresent() && value(p.settled()) > 0)
                    .ifPresent(p -> add(Rule.NEW_WITH_EARLIER_SETTLEMENT, year, p.year().year(), value(p.settled())));
            if (record.budget().isPresent() && budget > 0) {
                previous.ifPresent(p -> jump(p, budget));
            }
            var end = project.period().end();
            if (end != null && record.year().compareTo(end) > 0 && (budget > 0 || settled > 0)) {
                add(Rule.MONEY_AFTER_PERIOD_END, year, end.year(), project.period().printed(), Math.max(budget, settled));
            }
            // A list without yearly content (Kumamoto's) says what is done in the project's summary.
            if ((budget > 0 || settled > 0) && blank(record.content()) && blank(project.summary())) {
                add(Rule.MONEY_WITHOUT_CONTENT, year);
            }
        }

        /** Last year's budget, or its settlement where it has no budget, against this year's budget. */
        private void jump(YearRecord last, long budget) {
            var base = last.budget().isPresent() && value(last.budget()) > 0 ? last.budget() : last.settled();
            long before = base.isPresent() ? value(base) : 0;
            if (before > 0 && (budget >= before * JUMP_FACTOR || budget * JUMP_FACTOR <= before)) {
                add(Rule.BUDGET_JUMP, last.year().year(), before, record.year().year(), budget);
            }
        }

        /** This record or last year's carrying the lowest grade or the not-run mark. */
        private Optional<YearRecord> lowMark() {
            var lowest = scale.grades().get(scale.grades().size() - 1).mark();
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(record), previous.stream())
                    .filter(r -> r.evaluation() != null)
                    .filter(r -> r.evaluation().mark().equals(lowest) || isNotRun(r))
                    .findFirst();
        }

        private boolean isNotRun(YearRecord r) {
            return r.evaluation() != null && r.evaluation().mark().equals(scale.notRun().mark());
        }

        private void add(Rule rule, Object... values) {
            var setting = settings.setting(rule);
            if (setting.enabled()) {
                findings.add(new Finding(rule, setting.severity(), project.key(), project.name(),
                        organization(project), record.year(), List.of(values)));
            }
        }
    }

    private static String organization(Project project) {
        return project.departments().isEmpty()
                ? (project.implementer() == null ? "" : project.implementer())
                : project.departments().get(0);
    }

    // Outlook words as printed (R3年度以降): 拡充 / 拡充予定 expand; 事業終了 / 廃止 / 中止 end.
    private static boolean expands(YearRecord record) {
        return record.has(YearFlag.EXPANDED) || (record.outlook() != null && record.outlook().startsWith("拡充"));
    }

    private static String expansionWord(YearRecord record) {
        return record.outlook() != null && record.outlook().startsWith("拡充") ? record.outlook() : "拡充";
    }

    private static boolean ends(String outlook) {
        return outlook != null
                && (outlook.contains("終了") || outlook.contains("廃止") || outlook.contains("中止"));
    }

    private static long value(Amount amount) {
        return amount.isPresent() ? amount.thousandYen() : 0;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

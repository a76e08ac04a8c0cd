package jp.shinko.report.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shinko.era.JapaneseYearFormat;
import jp.shinko.plan.Amount;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.OrganizationKind;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Project;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;
import jp.shinko.report.official.ListWording;

/**
 * The summary of a plan up to a fiscal year: totals by top-level node, by organization and by
 * year; evaluation counts per node; the year's new projects and those whose outlook is 事業終了.
 * Every total counts a project once, however often it is listed (再掲), and only stated amounts:
 * a sum with no stated amount is null (printed ―), never zero.
 *
 * @param measures the amount columns: each year's budget and settlement that some project states
 */
public record PlanSummary(String title, String municipality, FiscalYear year, String topLevelName,
                          List<Measure> measures, SummaryRow total, List<SummaryRow> byNode,
                          List<SummaryRow> byOrganization, List<SummaryRow> byYear,
                          FiscalYear evaluationYear, List<String> marks, List<String> markLabels,
                          List<EvaluationRow> evaluations, EvaluationRow evaluationTotal,
                          List<ProjectLine> newProjects, List<ProjectLine> endedProjects, List<String> notes) {

    /** The outlook that says a project ends after the year. */
    static final String ENDED = "事業終了";

    public static PlanSummary of(PlanContent content, FiscalYear year) {
        var plan = content.plan();
        var years = content.years().stream().filter(y -> y.compareTo(year) <= 0).toList();
        var measures = measures(content, years);
        var topNodes = content.nodes().stream().filter(n -> n.level() == 1)
                .sorted(Comparator.comparing(PolicyNode::path)).toList();
        var byNode = topNodes.stream().map(n -> nodeRow(content, n, measures)).toList();
        var total = nodeRow(content, null, measures);
        var byYear = years.stream().map(y -> {
            var s = BudgetSummary.of(content, null, y);
            var totals = new ArrayList<Long>();
            totals.add(s.budgetStated() == 0 ? null : s.budgetThousandYen());
            totals.add(s.settledStated() == 0 ? null : s.settledThousandYen());
            return new SummaryRow(JapaneseYearFormat.japaneseWithGregorian(y), "", s.projects(), totals);
        }).toList();
        var evaluationYear = years.stream().filter(y -> content.yearRecords().stream()
                        .anyMatch(r -> r.year().equals(y) && r.evaluation() != null))
                .reduce((a, b) -> b).orElse(null);
        var marks = plan.evaluationScale().marks();
        var markLabels = marks.stream().map(m -> plan.evaluationScale().grade(m).orElseThrow().label()).toList();
        List<EvaluationRow> evaluations = List.of();
        EvaluationRow evaluationTotal = null;
        if (evaluationYear != null) {
            evaluations = topNodes.stream().map(n -> evaluationRow(content, n.path(), evaluationYear, marks,
                    label(content, n), n.title())).toList();
            evaluationTotal = evaluationRow(content, null, evaluationYear, marks, "合計", "");
        }
        var records = records(content, year);
        // New as the year-over-year page tells it (plan.YearOverYear): not the list's 新規 marks alone.
        var added = jp.shinko.plan.YearOverYear.of(content, year, jp.shinko.plan.YearNames.current()).added().stream()
                .map(Project::key).collect(Collectors.toSet());
        var newProjects = lines(content, records, r -> added.contains(r.projectKey()));
        var ended = lines(content, records, r -> ENDED.equals(r.outlook()));
        return new PlanSummary(plan.title() + " 事業集計 " + JapaneseYearFormat.japaneseWithGregorian(year),
                content.municipality().name(), year,
                plan.levelNames().get(0), measures, total, byNode, byOrganization(content, measures),
                byYear, evaluationYear, marks, markLabels, evaluations, evaluationTotal, newProjects, ended,
                notes(content, years));
    }

    /** Each year's budget and settlement, where at least one project states it. */
    private static List<Measure> measures(PlanContent content, List<FiscalYear> years) {
        var measures = new ArrayList<Measure>();
        for (var y : years) {
            var s = BudgetSummary.of(content, null, y);
            if (s.settledStated() > 0) {
                measures.add(new Measure(y, true, JapaneseYearFormat.japanese(y) + " 決算額"));
            }
            if (s.budgetStated() > 0) {
                measures.add(new Measure(y, false, JapaneseYearFormat.japanese(y) + " 予算額"));
            }
        }
        return measures;
    }

    private static String label(PlanContent content, PolicyNode node) {
        return content.plan().levelNames().get(0) + node.number();
    }

    private static SummaryRow nodeRow(PlanContent content, PolicyNode node, List<Measure> measures) {
        var path = node == null ? null : node.path();
        var totals = new ArrayList<Long>();
        int projects = 0;
        for (var measure : measures) {
            var s = BudgetSummary.of(content, path, measure.year());
            projects = s.projects();
            totals.add(measure.settled() ? (s.settledStated() == 0 ? null : s.settledThousandYen())
                    : (s.budgetStated() == 0 ? null : s.budgetThousandYen()));
        }
        if (measures.isEmpty()) {
            projects = (int) content.placements().stream().filter(p -> path == null || p.node().isWithin(path))
                    .map(Placement::projectKey).distinct().count();
        }
        return node == null ? new SummaryRow("合計", "", projects, totals)
                : new SummaryRow(label(content, node), node.title() == null ? "" : node.title(), projects, totals);
    }

    /** Totals by the organization responsible: the implementer, else the first department in charge. */
    private static List<SummaryRow> byOrganization(PlanContent content, List<Measure> measures) {
        var kinds = content.organizations().stream()
                .collect(Collectors.toMap(o -> o.name(), o -> o.kind(), (a, b) -> a));
        Map<String, List<Project>> byOrganization = new LinkedHashMap<>();
        for (var project : content.projects()) {
            byOrganization.computeIfAbsent(responsible(project), k -> new ArrayList<>()).add(project);
        }
        var records = content.yearRecords().stream()
                .collect(Collectors.toMap(r -> r.projectKey() + "@" + r.year().year(), Function.identity()));
        var rows = new ArrayList<SummaryRow>();
        byOrganization.forEach((name, projects) -> {
            var totals = new ArrayList<Long>();
            for (var measure : measures) {
                var amounts = projects.stream()
                        .map(p -> records.get(p.key() + "@" + measure.year().year()))
                        .filter(Objects::nonNull).map(measure::of).filter(Amount::isPresent).toList();
                totals.add(amounts.isEmpty() ? null : amounts.stream().mapToLong(Amount::thousandYen).sum());
            }
            rows.add(new SummaryRow(name, kindLabel(kinds.get(name)), projects.size(), totals));
        });
        int last = measures.size() - 1;
        rows.sort(Comparator.comparing((SummaryRow r) -> last < 0 || r.totals().get(last) == null ? -1L
                        : r.totals().get(last)).reversed()
                .thenComparing(SummaryRow::label));
        return rows;
    }

    private static String responsible(Project project) {
        if (project.implementer() != null) {
            return project.implementer();
        }
        return project.departments().isEmpty() ? "（記載なし）" : project.departments().get(0);
    }

    private static String kindLabel(OrganizationKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case CITY_DEPARTMENT -> "市の部署";
            case PREFECTURE -> "県";
            case NATIONAL_AGENCY -> "国の機関";
            case CHAMBER_OF_COMMERCE -> "商工会議所・商工会";
            case FINANCIAL_INSTITUTION -> "金融機関";
            case UNIVERSITY -> "大学";
            case ASSOCIATION -> "団体";
            case OTHER -> "その他";
        };
    }

    private static EvaluationRow evaluationRow(PlanContent content, NodePath node, FiscalYear year,
                                               List<String> marks, String label, String note) {
        var keys = content.placements().stream().filter(p -> node == null || p.node().isWithin(node))
                .map(Placement::projectKey).collect(Collectors.toCollection(LinkedHashSet::new));
        var counts = new ArrayList<Integer>();
        var records = records(content, year);
        for (var mark : marks) {
            counts.add((int) keys.stream().map(records::get).filter(Objects::nonNull)
                    .filter(r -> r.evaluation() != null && r.evaluation().mark().equals(mark)).count());
        }
        return new EvaluationRow(label, note == null ? "" : note, counts);
    }

    private static Map<String, YearRecord> records(PlanContent content, FiscalYear year) {
        return jp.shinko.plan.ProjectYears.records(content, year).values().stream()
                .collect(Collectors.toMap(YearRecord::projectKey, Function.identity()));
    }

    private static List<ProjectLine> lines(PlanContent content, Map<String, YearRecord> records,
                                           java.util.function.Predicate<YearRecord> which) {
        var projects = content.projectsByKey();
        return content.placements().stream().filter(Placement::primary)
                .sorted(Comparator.comparing(Placement::node).thenComparingInt(Placement::order))
                .filter(p -> records.containsKey(p.projectKey()) && which.test(records.get(p.projectKey())))
                .map(p -> {
                    var project = projects.get(p.projectKey());
                    var budget = records.get(p.projectKey()).budget();
                    return new ProjectLine(p.printedNumber(), project.name(),
                            ListWording.nodeHeading(content, NodePath.of(p.node().numbers().get(0))),
                            responsible(project), budget);
                }).toList();
    }

    private static List<String> notes(PlanContent content, List<FiscalYear> years) {
        var notes = new ArrayList<String>();
        notes.add("金額の単位は千円です。複数の取組に掲載された事業（再掲）は1回だけ数えています。");
        notes.add("金額の記載がない事業（―）と非公開の金額は合計に含みません。合計の対象となる金額が1件もない欄は―としています。");
        for (var y : years) {
            var s = BudgetSummary.of(content, null, y);
            if (s.budgetUndisclosed() + s.settledUndisclosed() > 0) {
                notes.add(JapaneseYearFormat.japanese(y) + "の非公開: 予算額 " + s.budgetUndisclosed() + " 件、決算額 "
                        + s.settledUndisclosed() + " 件");
            }
        }
        notes.add("出典: " + content.source().title() + "（" + content.source().fileName() + "）");
        return notes;
    }
}

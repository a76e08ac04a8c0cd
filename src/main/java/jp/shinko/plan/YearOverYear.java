package jp.shinko.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What changed in a plan from fiscal year N−1 to N, computed from the two years' projects
 * ({@link ProjectYears}) — the one definition of 新規, 終了, 統合 and 名称変更 that every page,
 * export and the API use:
 * <ul>
 *   <li><b>新規</b>: in N and not in N−1. For the first year of a plan's data, where N−1 is not
 *       known, the projects the list marks 新規 or whose period starts in N.</li>
 *   <li><b>終了</b>: in N−1 and not in N, and not merged.</li>
 *   <li><b>統合</b>: in N−1 and not in N, and its year-N note says it is carried on as part of
 *       another project (「…」と統合, as the annual round writes it).</li>
 *   <li><b>名称変更</b>: in both, and its name listed in N differs from that in N−1 (not merely a
 *       project that has a former name).</li>
 *   <li><b>予算の増減</b>: in both, N's budget against N−1's budget, or N−1's settlement where N−1
 *       states no budget (Kagoshima's list gives FY2019 settlements and FY2020 budgets).</li>
 *   <li><b>評価の変化</b>, <b>内容の変化</b>: in both, both years state it, and it differs.</li>
 * </ul>
 *
 * @param previous   N−1, or null when the plan has no record of N−1 (nothing to compare with)
 * @param unchanged  projects in both years whose compared amounts are equal
 */
public record YearOverYear(FiscalYear year, FiscalYear previous, int projectsBefore, int projectsNow,
                           List<Project> added, List<Project> ended, List<Merge> merged, List<Rename> renamed,
                           List<MoneyChange> rises, List<MoneyChange> falls, int unchanged,
                           List<EvaluationChange> evaluations, List<TextChange> contents) {

    /** The annual round's wording for a project carried on as part of another: 「name」と統合して実施. */
    private static final Pattern MERGED_INTO = Pattern.compile("「([^」]+)」(?:と|に)統合");

    public YearOverYear {
        added = List.copyOf(added);
        ended = List.copyOf(ended);
        merged = List.copyOf(merged);
        renamed = List.copyOf(renamed);
        rises = List.copyOf(rises);
        falls = List.copyOf(falls);
        evaluations = List.copyOf(evaluations);
        contents = List.copyOf(contents);
    }

    /** Whether N−1 is known, so that ended, merged, renamed and changes can be told. */
    public boolean comparable() {
        return previous != null;
    }

    /** A project merged into another from N on; {@code into} is null where the named project is not in the plan. */
    public record Merge(Project project, String intoName, Project into) {
    }

    /** A project listed under another name in N. */
    public record Rename(Project project, String before, String after) {
    }

    /** What N−1's amount was: its budget or, where it states none, its settlement. */
    public enum Basis { BUDGET, SETTLED }

    /** A project's budget of N against N−1's amount (千円). */
    public record MoneyChange(Project project, Basis basis, long beforeThousandYen, long nowThousandYen) {

        public long changeThousandYen() {
            return nowThousandYen - beforeThousandYen;
        }

        /** The change in per cent, one decimal, rounded half up; empty where N−1's amount is zero. */
        public Optional<BigDecimal> percent() {
            if (beforeThousandYen == 0) {
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(changeThousandYen()).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(beforeThousandYen), 1, RoundingMode.HALF_UP));
        }
    }

    /** An evaluation mark of N−1 against N's. */
    public record EvaluationChange(Project project, String before, String after) {
    }

    /** A project's 実施内容 of N−1 against N's, with the phrases that differ. */
    public record TextChange(Project project, String before, String after, List<TextDiff.Part> diff) {
    }

    /** The changes into {@code year}; names of earlier years from {@code names}. */
    public static YearOverYear of(PlanContent content, FiscalYear year, YearNames names) {
        Objects.requireNonNull(year, "year");
        var previous = year.previous();
        var now = ProjectYears.records(content, year);
        boolean known = content.yearRecords().stream().anyMatch(r -> r.year().equals(previous));
        var order = order(content);
        var projects = content.projectsByKey();
        Comparator<Project> listOrder = Comparator.comparing(p -> order.getOrDefault(p.key(), Integer.MAX_VALUE));
        if (!known) {
            var added = now.values().stream()
                    .filter(r -> r.has(YearFlag.NEW) || year.equals(projects.get(r.projectKey()).period().start()))
                    .map(r -> projects.get(r.projectKey())).sorted(listOrder).toList();
            return new YearOverYear(year, null, 0, now.size(), added, List.of(), List.of(), List.of(),
                    List.of(), List.of(), 0, List.of(), List.of());
        }
        var before = ProjectYears.records(content, previous);
        var all = content.yearRecords().stream().filter(r -> r.year().equals(year))
                .collect(Collectors.toMap(YearRecord::projectKey, r -> r));
        var added = new ArrayList<Project>();
        var ended = new ArrayList<Project>();
        var merged = new ArrayList<Merge>();
        var renamed = new ArrayList<Rename>();
        var moves = new ArrayList<MoneyChange>();
        var evaluations = new ArrayList<EvaluationChange>();
        var contents = new ArrayList<TextChange>();
        int unchanged = 0;
        for (var project : content.projects().stream().sorted(listOrder).toList()) {
            var a = before.get(project.key());
            var b = now.get(project.key());
            if (a == null && b == null) {
                continue;
            }
            if (a == null) {
                added.add(project);
                continue;
            }
            if (b == null) {
                var into = mergedInto(all.get(project.key()));
                if (into.isPresent()) {
                    merged.add(new Merge(project, into.get(), content.projects().stream()
                            .filter(p -> p.name().equals(into.get()) || names.name(p, year).equals(into.get())
                                    || p.formerNames().contains(into.get()))
                            .findFirst().orElse(null)));
                } else {
                    ended.add(project);
                }
                continue;
            }
            var nameBefore = names.name(project, previous);
            var nameNow = names.name(project, year);
            if (!nameBefore.equals(nameNow)) {
                renamed.add(new Rename(project, nameBefore, nameNow));
            }
            var move = money(project, a, b);
            if (move != null) {
                if (move.changeThousandYen() == 0) {
                    unchanged++;
                } else {
                    moves.add(move);
                }
            }
            if (a.evaluation() != null && b.evaluation() != null && !a.evaluation().equals(b.evaluation())) {
                evaluations.add(new EvaluationChange(project, a.evaluation().mark(), b.evaluation().mark()));
            }
            if (!a.content().isBlank() && !b.content().isBlank() && TextDiff.differs(a.content(), b.content())) {
                contents.add(new TextChange(project, a.content(), b.content(), TextDiff.between(a.content(), b.content())));
            }
        }
        var rises = moves.stream().filter(m -> m.changeThousandYen() > 0)
                .sorted(Comparator.comparingLong(MoneyChange::changeThousandYen).reversed()).toList();
        var falls = moves.stream().filter(m -> m.changeThousandYen() < 0)
                .sorted(Comparator.comparingLong(MoneyChange::changeThousandYen)).toList();
        return new YearOverYear(year, previous, before.size(), now.size(), added, ended, merged, renamed,
                rises, falls, unchanged, evaluations, contents);
    }

    /** How many projects' amounts could be compared. */
    public int compared() {
        return rises.size() + falls.size() + unchanged;
    }

    private static MoneyChange money(Project project, YearRecord before, YearRecord now) {
        if (now.budget().kind() != Amount.Kind.VALUE) {
            return null;
        }
        if (before.budget().kind() == Amount.Kind.VALUE) {
            return new MoneyChange(project, Basis.BUDGET, before.budget().thousandYen(), now.budget().thousandYen());
        }
        if (before.settled().kind() == Amount.Kind.VALUE) {
            return new MoneyChange(project, Basis.SETTLED, before.settled().thousandYen(), now.budget().thousandYen());
        }
        return null;
    }

    /** The project named by a year record that says its project is carried on inside another. */
    static Optional<String> mergedInto(YearRecord record) {
        if (record == null) {
            return Optional.empty();
        }
        for (var text : new String[] {record.content(), record.outlook(), record.expansionNote()}) {
            if (text != null) {
                var m = MERGED_INTO.matcher(text);
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, Integer> order(PlanContent content) {
        return content.placements().stream().filter(Placement::primary)
                .collect(Collectors.toMap(Placement::projectKey, Placement::order, (x, y) -> x));
    }
}

package jp.shinko.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The money of one project-year: the figures its documents printed, and those derived from them
 * where not printed — 予算現額 = 当初 + 補正 + 前年度繰越 + 予備費充用・流用; 不用額 = 予算現額 −
 * 支出済額 − 翌年度繰越; 執行率 = 支出済額 ÷ 予算現額; トータルコスト = 事業費 + 人件費. A printed
 * figure is never replaced by a derived one; where they differ, {@link #warnings()} says so.
 * A dash (none) counts as zero in a sum; an undisclosed figure makes the sum unknown.
 */
public final class YearMoney {

    private static final List<MoneyKind> CURRENT_PARTS = List.of(MoneyKind.INITIAL_BUDGET,
            MoneyKind.SUPPLEMENTARY_BUDGET, MoneyKind.CARRIED_FROM_PREVIOUS, MoneyKind.RESERVE_AND_TRANSFER);

    private final List<MoneyFigure> printed;
    private final Map<MoneyKind, Yen> derived = new EnumMap<>(MoneyKind.class);

    private YearMoney(List<MoneyFigure> printed) {
        this.printed = List.copyOf(printed);
        derive();
    }

    /**
     * A year's money from its typed figures and the 予算額 / 決算額 of the sample lists, read as
     * 当初予算 and 支出済額 (in 千円) where no typed figure of that kind is given.
     */
    public static YearMoney of(List<MoneyFigure> figures, Amount budget, Amount settled) {
        var all = new ArrayList<MoneyFigure>(figures.size() + 2);
        if (budget.kind() != Amount.Kind.NOT_STATED && figures.stream().noneMatch(f -> f.kind() == MoneyKind.INITIAL_BUDGET)) {
            all.add(MoneyFigure.of(MoneyKind.INITIAL_BUDGET, Yen.of(budget)));
        }
        all.addAll(figures);
        if (settled.kind() != Amount.Kind.NOT_STATED && figures.stream().noneMatch(f -> f.kind() == MoneyKind.EXPENDITURE)) {
            all.add(MoneyFigure.of(MoneyKind.EXPENDITURE, Yen.of(settled)));
        }
        all.sort(java.util.Comparator.comparing(MoneyFigure::kind));
        return new YearMoney(all);
    }

    public static YearMoney of(List<MoneyFigure> figures) {
        return of(figures, Amount.notStated(), Amount.notStated());
    }

    /** The printed figures, in the order of {@link MoneyKind} (補正 in their own order). */
    public List<MoneyFigure> printed() {
        return printed;
    }

    /** The printed figure of a kind (the first, for 補正). */
    public Optional<MoneyFigure> printed(MoneyKind kind) {
        return printed.stream().filter(f -> f.kind() == kind).findFirst();
    }

    /** The figure of a kind: printed, else derived, else not stated. 補正 are summed. */
    public Yen figure(MoneyKind kind) {
        if (kind.repeatable()) {
            return sum(kind);
        }
        return printed(kind).map(MoneyFigure::amount).orElseGet(() -> derived.getOrDefault(kind, Yen.notStated()));
    }

    /** The figure computed from the others, whether or not one is printed. */
    public Optional<Yen> derived(MoneyKind kind) {
        return Optional.ofNullable(derived.get(kind));
    }

    /** Whether the figure of a kind is computed rather than printed. */
    public boolean isDerived(MoneyKind kind) {
        return printed(kind).isEmpty() && derived.containsKey(kind);
    }

    /** The kinds with a printed or derived figure, in {@link MoneyKind} order. */
    public List<MoneyKind> kinds() {
        var kinds = new ArrayList<MoneyKind>();
        for (var kind : MoneyKind.values()) {
            if (printed(kind).isPresent() || derived.containsKey(kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    public boolean isEmpty() {
        return printed.isEmpty();
    }

    /** 執行率 = 支出済額 ÷ 予算現額 as a fraction with four decimals (0.9712), where both are known. */
    public Optional<BigDecimal> executionRate() {
        var spent = figure(MoneyKind.EXPENDITURE);
        var current = figure(MoneyKind.CURRENT_BUDGET);
        if (!spent.isPresent() || !current.isPresent() || current.yen() <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(spent.yen()).divide(BigDecimal.valueOf(current.yen()), 4, RoundingMode.HALF_UP));
    }

    /** The funding sources printed (財源内訳), in {@link MoneyKind} order. */
    public List<MoneyFigure> funding() {
        return printed.stream().filter(f -> f.kind().group() == MoneyKind.Group.FUNDING).toList();
    }

    /** Printed figures that disagree with the derived ones, and 財源内訳 that does not add up. */
    public List<MoneyWarning> warnings() {
        var warnings = new ArrayList<MoneyWarning>();
        mismatch(MoneyKind.CURRENT_BUDGET, "当初予算 + 補正予算 + 前年度繰越 + 予備費充用・流用", warnings);
        mismatch(MoneyKind.UNUSED, "予算現額 − 支出済額 − 翌年度繰越", warnings);
        mismatch(MoneyKind.TOTAL_COST, "事業費 + 人件費", warnings);
        var funding = funding();
        if (!funding.isEmpty()) {
            var parts = total(funding.stream().map(MoneyFigure::kind).distinct().toList());
            var base = fundingBase();
            if (parts != null && base.isPresent() && parts.yen() != base.get().yen()) {
                warnings.add(new MoneyWarning("財源内訳の合計", parts.yen(), base.get().yen(),
                        fundingBaseName() + "との比較"));
            }
        }
        return warnings;
    }

    /** What 財源内訳 should add up to: 支出済額 where stated, else 予算現額, else 当初予算. */
    private Optional<Yen> fundingBase() {
        for (var kind : List.of(MoneyKind.EXPENDITURE, MoneyKind.CURRENT_BUDGET, MoneyKind.INITIAL_BUDGET)) {
            var yen = figure(kind);
            if (yen.isPresent()) {
                return Optional.of(yen);
            }
        }
        return Optional.empty();
    }

    private String fundingBaseName() {
        for (var kind : List.of(MoneyKind.EXPENDITURE, MoneyKind.CURRENT_BUDGET, MoneyKind.INITIAL_BUDGET)) {
            if (figure(kind).isPresent()) {
                return kind.label();
            }
        }
        return "";
    }

    private void mismatch(MoneyKind kind, String formula, List<MoneyWarning> warnings) {
        var shown = printed(kind).map(MoneyFigure::amount);
        var computed = derived.get(kind);
        if (shown.isPresent() && shown.get().isPresent() && computed != null && shown.get().yen() != computed.yen()) {
            warnings.add(new MoneyWarning(kind.label(), shown.get().yen(), computed.yen(), formula));
        }
    }

    private void derive() {
        var initial = figure(MoneyKind.INITIAL_BUDGET);
        boolean others = printed.stream().anyMatch(f -> f.kind() != MoneyKind.INITIAL_BUDGET
                && (f.kind().group() == MoneyKind.Group.BUDGET || f.kind().group() == MoneyKind.Group.SETTLEMENT));
        if (initial.isPresent() && others) {
            put(MoneyKind.CURRENT_BUDGET, total(CURRENT_PARTS));
        }
        var current = figure(MoneyKind.CURRENT_BUDGET);
        var spent = figure(MoneyKind.EXPENDITURE);
        var carried = figure(MoneyKind.CARRIED_TO_NEXT);
        if (current.isPresent() && spent.isPresent() && carried.kind() != Amount.Kind.UNDISCLOSED) {
            put(MoneyKind.UNUSED, Yen.of(current.yen() - spent.yen() - (carried.isPresent() ? carried.yen() : 0),
                    finest(List.of(current, spent, carried))));
        }
        if (printed(MoneyKind.PROJECT_COST).isPresent() && printed(MoneyKind.PERSONNEL_COST).isPresent()) {
            put(MoneyKind.TOTAL_COST, total(List.of(MoneyKind.PROJECT_COST, MoneyKind.PERSONNEL_COST)));
        }
    }

    private void put(MoneyKind kind, Yen yen) {
        if (yen != null) {
            derived.put(kind, yen);
        }
    }

    /** The sum of the printed figures of {@code kinds}; null when one is undisclosed or none has a value. */
    private Yen total(List<MoneyKind> kinds) {
        long sum = 0;
        boolean any = false;
        var amounts = new ArrayList<Yen>();
        for (var figure : printed) {
            if (!kinds.contains(figure.kind())) {
                continue;
            }
            var yen = figure.amount();
            if (yen.kind() == Amount.Kind.UNDISCLOSED) {
                return null;
            }
            if (yen.isPresent()) {
                sum = Math.addExact(sum, yen.yen());
                any = true;
                amounts.add(yen);
            }
        }
        return any ? Yen.of(sum, finest(amounts)) : null;
    }

    private Yen sum(MoneyKind kind) {
        var figures = printed.stream().filter(f -> f.kind() == kind).toList();
        if (figures.isEmpty()) {
            return Yen.notStated();
        }
        var total = total(List.of(kind));
        if (total != null) {
            return total;
        }
        return figures.stream().anyMatch(f -> f.amount().kind() == Amount.Kind.UNDISCLOSED) ? Yen.undisclosed() : Yen.none();
    }

    /** The smallest unit among the stated amounts, so that a derived figure prints exactly. */
    private static AmountUnit finest(List<Yen> amounts) {
        AmountUnit finest = null;
        for (var yen : amounts) {
            if (yen.isPresent() && (finest == null || yen.unit().yen() < finest.yen())) {
                finest = yen.unit();
            }
        }
        return finest == null ? AmountUnit.YEN : finest;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof YearMoney money && money.printed.equals(printed);
    }

    @Override
    public int hashCode() {
        return printed.hashCode();
    }

    @Override
    public String toString() {
        return printed.toString();
    }
}

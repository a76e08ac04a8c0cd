package jp.shinko.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Money figures of several project-years added up in exact yen (a node's or a plan's year), kind by
 * kind: printed or derived figures (予算現額 and 不用額 computed where not printed), 補正 summed.
 * 執行率 is Σ支出済額 ÷ Σ予算現額 over the project-years that state both, so a project without a
 * settlement does not lower it.
 */
public final class MoneyTotals {

    private final Map<MoneyKind, Long> yen = new EnumMap<>(MoneyKind.class);
    private final Map<MoneyKind, Integer> stated = new EnumMap<>(MoneyKind.class);
    private final boolean typed;
    private long spentForRate;
    private long currentForRate;

    private MoneyTotals(Collection<YearRecord> records) {
        typed = records.stream().anyMatch(r -> !r.moneyFigures().isEmpty());
        for (var record : records) {
            var money = record.money();
            for (var kind : money.kinds()) {
                var figure = money.figure(kind);
                if (figure.isPresent()) {
                    yen.merge(kind, figure.yen(), Math::addExact);
                    stated.merge(kind, 1, Integer::sum);
                }
            }
            var spent = money.figure(MoneyKind.EXPENDITURE);
            var current = money.figure(MoneyKind.CURRENT_BUDGET);
            if (spent.isPresent() && current.isPresent() && current.yen() > 0) {
                spentForRate += spent.yen();
                currentForRate += current.yen();
            }
        }
    }

    public static MoneyTotals of(Collection<YearRecord> records) {
        return new MoneyTotals(records);
    }

    /** Whether any of the records has typed figures beyond 予算額 / 決算額 (else pages leave these totals out). */
    public boolean hasTypedFigures() {
        return typed;
    }

    /** Whether some record states a figure of this kind. */
    public boolean has(MoneyKind kind) {
        return stated.containsKey(kind);
    }

    /** The sum in yen of the stated figures of a kind; 0 when none states one (see {@link #has}). */
    public long yen(MoneyKind kind) {
        return yen.getOrDefault(kind, 0L);
    }

    /** How many project-years state a figure of this kind. */
    public int stated(MoneyKind kind) {
        return stated.getOrDefault(kind, 0);
    }

    /** Σ支出済額 ÷ Σ予算現額 with four decimals, over the project-years that state both. */
    public Optional<BigDecimal> executionRate() {
        if (currentForRate <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(spentForRate).divide(BigDecimal.valueOf(currentForRate), 4,
                RoundingMode.HALF_UP));
    }

    /** The funding sources (財源内訳) some record states, in {@link MoneyKind} order. */
    public List<MoneyKind> fundingKinds() {
        var kinds = new ArrayList<MoneyKind>();
        for (var kind : MoneyKind.values()) {
            if (kind.group() == MoneyKind.Group.FUNDING && has(kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}

package jp.shinko.store;

import java.util.List;
import java.util.Optional;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.Plan;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.YearNames;
import jp.shinko.plan.YearOverYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A plan's changes from one fiscal year to the next ({@link YearOverYear}), from its published content. */
@Repository
@Transactional(readOnly = true)
public class YearOverYearQueries {

    private final PlanRepository plans;
    private final YearNameRows names;

    public YearOverYearQueries(PlanRepository plans, JdbcClient jdbc) {
        this.plans = plans;
        this.names = new YearNameRows(jdbc);
    }

    /**
     * The changes into {@code year} (null or a year the plan does not have: its latest year); empty
     * when the plan does not exist.
     */
    public Optional<PlanChanges> changes(String planKey, FiscalYear year) {
        return plans.load(planKey).map(content -> of(content, year, names.of(planKey)));
    }

    /** The names of the plan's projects in each year. */
    public YearNames names(String planKey) {
        return names.of(planKey);
    }

    static PlanChanges of(PlanContent content, FiscalYear requested, YearNames names) {
        var years = content.years();
        var year = requested != null && years.contains(requested) ? requested
                : years.isEmpty() ? null : years.get(years.size() - 1);
        return new PlanChanges(content.municipality(), content.plan(), years,
                year == null ? null : YearOverYear.of(content, year, names));
    }

    /** A plan's years and the changes into one of them (null when the plan has no year records). */
    public record PlanChanges(Municipality municipality, Plan plan, List<FiscalYear> years, YearOverYear changes) {
    }
}

package jp.shinko.checks;

import java.util.List;
import java.util.Optional;
import jp.shinko.plan.FiscalYear;
import jp.shinko.store.PlanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks of a stored plan with its own settings: the published list for the public record and
 * the CLI report, the drafts as well while a round collects them.
 */
@Service
public class PlanChecks {

    private final PlanRepository plans;
    private final CheckSettingsRepository settings;

    PlanChecks(PlanRepository plans, CheckSettingsRepository settings) {
        this.plans = plans;
        this.settings = settings;
    }

    public CheckSettings settings(String planKey) {
        return settings.settings(planKey);
    }

    /** Findings in the published records of {@code year}, or of every year when null; empty if no such plan. */
    @Transactional(readOnly = true)
    public Optional<List<Finding>> published(String planKey, FiscalYear year) {
        return plans.load(planKey).map(content -> year == null
                ? ConsistencyCheck.checkAllYears(content, settings(planKey))
                : ConsistencyCheck.check(content, year, settings(planKey)));
    }

    /** Findings in the records of a year being collected, drafts included. */
    @Transactional(readOnly = true)
    public Optional<List<Finding>> includingDrafts(String planKey, FiscalYear year) {
        return plans.loadIncludingDrafts(planKey)
                .map(content -> ConsistencyCheck.check(content, year, settings(planKey)));
    }
}

package jp.shinko.ingest;

import java.util.List;
import jp.shinko.plan.FiscalYear;

/**
 * Tells the import which fiscal years of a plan were taken through an annual round in the app:
 * an import replaces a plan's content wholesale, so it must not overwrite what departments
 * reported. Implemented by the module that runs the round.
 */
public interface PlanGuard {

    /** Fiscal years of the plan that have a round (open or published); empty if none. */
    List<FiscalYear> roundYears(String planKey);
}

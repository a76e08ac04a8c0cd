package jp.shinko.cycle;

import java.util.List;
import jp.shinko.ingest.PlanGuard;
import jp.shinko.plan.FiscalYear;
import org.springframework.stereotype.Component;

/** Keeps imports from overwriting a plan whose years were reported through a round. */
@Component
class RoundYearsGuard implements PlanGuard {

    private final RoundRepository rounds;

    RoundYearsGuard(RoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public List<FiscalYear> roundYears(String planKey) {
        return rounds.list(planKey).stream().map(Round::year).sorted().toList();
    }
}

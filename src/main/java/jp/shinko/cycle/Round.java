package jp.shinko.cycle;

import java.time.Instant;
import jp.shinko.plan.FiscalYear;

/** One plan's fiscal year in the annual round: who opened it, and who published it when. */
public record Round(long id, String planKey, FiscalYear year, RoundStatus status,
                    String openedBy, Instant openedAt, String publishedBy, Instant publishedAt) {

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    public boolean isPublished() {
        return status == RoundStatus.PUBLISHED;
    }
}

package jp.shinko.cycle;

import java.math.BigDecimal;
import java.util.Set;
import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.YearFlag;

/**
 * A year record's values as read from a form. Null means "not entered" (a draft may be
 * incomplete); {@link RecordValidation#completeness} says what a submission still lacks.
 *
 * @param previousSettled    last year's settled amount
 * @param previousEvaluation last year's mark, chosen or derived from {@code achievementRate}
 */
record RecordValues(
        Amount budget,
        String content,
        String outlook,
        String expansionNote,
        Set<YearFlag> flags,
        Amount previousSettled,
        Evaluation previousEvaluation,
        BigDecimal achievementRate) {

    public RecordValues {
        content = content == null ? "" : content;
        flags = Set.copyOf(flags);
    }
}

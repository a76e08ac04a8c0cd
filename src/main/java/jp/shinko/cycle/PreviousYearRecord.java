package jp.shinko.cycle;

import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;

/** A project's record of the year before a round: what the round reports into it, and what it said a year ago. */
public record PreviousYearRecord(long id, Amount settled, Evaluation evaluation, Amount budget, String content,
                                 String outlook, String expansionNote) {
}

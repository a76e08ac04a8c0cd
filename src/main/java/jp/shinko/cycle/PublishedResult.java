package jp.shinko.cycle;

import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.FiscalYear;

/** A year's settlement and evaluation as published (the evaluation may be absent). */
public record PublishedResult(FiscalYear year, Amount settled, Evaluation evaluation) {
}

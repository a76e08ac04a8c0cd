/**
 * Consistency checks of a plan's year records: what a published list gets wrong (a settlement above
 * the budget, ― with a settlement, 事業終了 with next year's budget …), each rule a warning or an error,
 * switched and graded per plan. {@link jp.shinko.checks.ConsistencyCheck} runs them on plan content;
 * the round, the CLI ({@code shinko check}) and the pre-publication report read its findings.
 */
@ApplicationModule(allowedDependencies = {"command", "audit", "store"})
package jp.shinko.checks;

import org.springframework.modulith.ApplicationModule;

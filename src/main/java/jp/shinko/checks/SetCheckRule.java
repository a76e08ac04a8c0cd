package jp.shinko.checks;

import java.time.Clock;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import jp.shinko.store.PlanQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A coordinator switches a plan's rule on or off or changes its severity; audited as SET_CHECK_RULE. */
@Service
public class SetCheckRule {

    private final CheckSettingsRepository settings;
    private final PlanQueries plans;
    private final AuditTrail audit;
    private final Clock clock;

    SetCheckRule(CheckSettingsRepository settings, PlanQueries plans, AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome run(Actor actor, String planKey, RuleSetting setting) {
        if (!actor.coordinates()) {
            return new Outcome.Denied();
        }
        if (!plans.exists(planKey)) {
            return new Outcome.NotFound();
        }
        var before = settings.settings(planKey).setting(setting.rule());
        settings.save(planKey, setting);
        var scope = AuditTrail.Scope.of(actor.username(), clock.instant(), "SET_CHECK_RULE", planKey, null, null)
                .withSubject(setting.rule().name());
        audit.change(scope, "rule", text(before), text(setting));
        return Outcome.done("checks.rule-set", setting.rule().name(), text(setting));
    }

    /** on / off and the severity, as the audit trail and the CLI print it: {@code on:ERROR}. */
    static String text(RuleSetting setting) {
        return (setting.enabled() ? "on" : "off") + ":" + setting.severity().name();
    }
}

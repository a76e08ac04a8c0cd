package jp.shinko.checks;

import java.util.Objects;

/** Whether a plan applies a rule, and as what. */
public record RuleSetting(Rule rule, boolean enabled, Severity severity) {

    public RuleSetting {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
    }

    public static RuleSetting byDefault(Rule rule) {
        return new RuleSetting(rule, true, rule.defaultSeverity());
    }
}

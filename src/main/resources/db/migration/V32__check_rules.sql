-- Consistency checks (jp.shinko.checks): a plan's own setting of a rule, where it differs from the
-- rule's default (on, with the severity the code gives it). Keyed by plan key, like the round's
-- memberships, so a setting survives the plan's content being replaced by a corrected edition.
CREATE TABLE check_rules (
    plan_key   VARCHAR     NOT NULL,
    rule       VARCHAR(64) NOT NULL,
    enabled    BOOLEAN     NOT NULL,
    severity   VARCHAR(16) NOT NULL,
    PRIMARY KEY (plan_key, rule),
    CONSTRAINT check_rules_severity_check CHECK (severity IN ('ERROR', 'WARNING'))
);

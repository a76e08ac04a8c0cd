package jp.shinko.checks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A plan's rule settings in {@code check_rules}; a rule without a row has its default setting. */
@Repository
class CheckSettingsRepository {

    private final JdbcClient jdbc;

    CheckSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CheckSettings settings(String planKey) {
        var rows = jdbc.sql("SELECT rule, enabled, severity FROM check_rules WHERE plan_key = ?")
                .param(planKey)
                .query((rs, n) -> new Row(rs.getString("rule"), rs.getBoolean("enabled"), rs.getString("severity")))
                .list();
        return CheckSettings.of(rows.stream().flatMap(row -> rule(row.rule())
                .map(rule -> new RuleSetting(rule, row.enabled(), Severity.valueOf(row.severity()))).stream()).toList());
    }

    /** Stores a setting; the default setting is stored as no row. */
    void save(String planKey, RuleSetting setting) {
        jdbc.sql("DELETE FROM check_rules WHERE plan_key = ? AND rule = ?")
                .params(planKey, setting.rule().name()).update();
        if (!setting.equals(RuleSetting.byDefault(setting.rule()))) {
            jdbc.sql("INSERT INTO check_rules (plan_key, rule, enabled, severity) VALUES (?, ?, ?, ?)")
                    .params(List.of(planKey, setting.rule().name(), setting.enabled(), setting.severity().name()))
                    .update();
        }
    }

    private record Row(String rule, boolean enabled, String severity) {
    }

    // A rule removed from the code leaves its rows behind; they are ignored, not an error.
    private static Optional<Rule> rule(String name) {
        return Arrays.stream(Rule.values()).filter(r -> r.name().equals(name)).findFirst();
    }
}

package jp.shinko.checks;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A plan's rule settings: every rule on with its default severity unless the plan changed it. */
public record CheckSettings(Map<Rule, RuleSetting> settings) {

    public static final CheckSettings DEFAULT = of(List.of());

    public CheckSettings {
        var all = new EnumMap<Rule, RuleSetting>(Rule.class);
        Arrays.stream(Rule.values()).forEach(rule -> all.put(rule, RuleSetting.byDefault(rule)));
        all.putAll(settings);
        settings = Map.copyOf(all);
    }

    public static CheckSettings of(List<RuleSetting> changed) {
        var map = new EnumMap<Rule, RuleSetting>(Rule.class);
        changed.forEach(setting -> map.put(setting.rule(), setting));
        return new CheckSettings(map);
    }

    public RuleSetting setting(Rule rule) {
        return settings.get(rule);
    }

    /** The settings in the rules' order, for pages and files. */
    public List<RuleSetting> inOrder() {
        return Arrays.stream(Rule.values()).map(settings::get).toList();
    }
}

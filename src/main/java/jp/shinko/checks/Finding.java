package jp.shinko.checks;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import jp.shinko.plan.FiscalYear;

/**
 * What one rule found in one project's record of one year: the project's key (its № in the list),
 * name and organization in charge, and the figures that broke the rule, worded on demand.
 */
public record Finding(Rule rule, Severity severity, String projectKey, String projectName,
                      String organization, FiscalYear year, List<Object> values) {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(year, "year");
        organization = organization == null ? "" : organization;
        values = List.copyOf(values);
    }

    /** The finding in Japanese, or English for an English locale. */
    public String text(Locale locale) {
        var bundle = bundle(locale);
        return new MessageFormat(bundle.getString("rule." + rule.name()), bundle.getLocale())
                .format(values.toArray());
    }

    /** The rule's short name, e.g. 決算額が予算額を超過. */
    public static String title(Rule rule, Locale locale) {
        return bundle(locale).getString("rule." + rule.name() + ".title");
    }

    /** The severity's word, e.g. エラー. */
    public static String word(Severity severity, Locale locale) {
        return bundle(locale).getString("severity." + severity.name());
    }

    private static ResourceBundle bundle(Locale locale) {
        var language = "en".equals(locale.getLanguage()) ? Locale.ROOT : Locale.JAPANESE;
        return ResourceBundle.getBundle("checks.messages", language, NO_FALLBACK);
    }
}

package jp.shinko.compare;

/**
 * A theme as typed into the taxonomy form: code (only when adding; it never changes), name,
 * description, display order as text (full-width digits accepted), and an optional reason.
 */
public record ThemeForm(String code, String name, String description, String order, String reason) {

    public static ThemeForm of(Theme theme) {
        return new ThemeForm(theme.code(), theme.name(), theme.description(), String.valueOf(theme.order()), "");
    }
}

package jp.shinko.compare;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The themes, theme overrides and municipality figures tables (Flyway V20, V21). */
@Repository
class ThemeStore {

    private static final String SELECT_THEMES = "SELECT code, name, description, sort_order FROM themes";
    private static final RowMapper<Theme> THEME =
            (rs, i) -> new Theme(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));

    private final JdbcClient jdbc;

    public ThemeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The themes in use (not retired), in their order. */
    public List<Theme> themes() {
        return jdbc.sql(SELECT_THEMES + " WHERE retired = FALSE ORDER BY sort_order, code").query(THEME).list();
    }

    /** Every theme, retired ones included, in their order. */
    public List<Theme> allThemes() {
        return jdbc.sql(SELECT_THEMES + " ORDER BY sort_order, code").query(THEME).list();
    }

    public Set<String> retiredCodes() {
        return new HashSet<>(jdbc.sql("SELECT code FROM themes WHERE retired = TRUE").query(String.class).list());
    }

    void add(Theme theme) {
        jdbc.sql("INSERT INTO themes (code, name, description, sort_order, retired) VALUES (:code, :name, :description, :order, FALSE)")
                .param("code", theme.code()).param("name", theme.name()).param("description", theme.description())
                .param("order", theme.order()).update();
    }

    void update(Theme theme) {
        jdbc.sql("UPDATE themes SET name = :name, description = :description, sort_order = :order WHERE code = :code")
                .param("code", theme.code()).param("name", theme.name()).param("description", theme.description())
                .param("order", theme.order()).update();
    }

    void setRetired(String code, boolean retired) {
        jdbc.sql("UPDATE themes SET retired = :retired WHERE code = :code")
                .param("code", code).param("retired", retired).update();
    }

    /** Plans with at least one override. */
    public List<String> overriddenPlans() {
        return jdbc.sql("SELECT DISTINCT plan_key FROM theme_overrides ORDER BY plan_key").query(String.class).list();
    }

    /** Changes with every new override and every retirement, for caches built from the effective themes. */
    String version() {
        return jdbc.sql("""
                SELECT CAST(COUNT(*) AS VARCHAR) || ':' || CAST(COALESCE(MAX(id), 0) AS VARCHAR)
                       || ':' || (SELECT CAST(COUNT(*) AS VARCHAR) FROM themes WHERE retired = TRUE)
                FROM theme_overrides""").query(String.class).single();
    }

    /** The latest override per project of a plan; the newest decision wins. */
    public Map<String, ThemeOverride> overrides(String planKey) {
        var result = new HashMap<String, ThemeOverride>();
        jdbc.sql("""
                SELECT plan_key, project_key, old_themes, new_themes, decided_by, decided_at
                FROM theme_overrides WHERE plan_key = :plan ORDER BY id""")
                .param("plan", planKey)
                .query((rs, i) -> new ThemeOverride(rs.getString(1), rs.getString(2), split(rs.getString(3)),
                        split(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toLocalDateTime()))
                .list().forEach(o -> result.put(o.projectKey(), o));
        return result;
    }

    void override(ThemeOverride override) {
        jdbc.sql("""
                INSERT INTO theme_overrides (plan_key, project_key, old_themes, new_themes, decided_by, decided_at)
                VALUES (:plan, :project, :old, :new, :by, :at)""")
                .param("plan", override.planKey()).param("project", override.projectKey())
                .param("old", String.join(",", override.oldThemes())).param("new", String.join(",", override.newThemes()))
                .param("by", override.decidedBy()).param("at", override.decidedAt())
                .update();
    }

    public Optional<MunicipalityFigures> figures(String municipalityCode) {
        return jdbc.sql("""
                SELECT municipality_code, population, population_as_of, businesses, businesses_as_of, entered_by, entered_at
                FROM municipality_figures WHERE municipality_code = :code""")
                .param("code", municipalityCode)
                .query((rs, i) -> new MunicipalityFigures(rs.getString(1), (Long) rs.getObject(2, Long.class),
                        rs.getString(3), (Long) rs.getObject(4, Long.class), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toLocalDateTime()))
                .optional();
    }

    @Transactional
    public void setFigures(MunicipalityFigures figures) {
        jdbc.sql("DELETE FROM municipality_figures WHERE municipality_code = :code")
                .param("code", figures.municipalityCode()).update();
        jdbc.sql("""
                INSERT INTO municipality_figures (municipality_code, population, population_as_of, businesses,
                    businesses_as_of, entered_by, entered_at)
                VALUES (:code, :pop, :popAsOf, :biz, :bizAsOf, :by, :at)""")
                .param("code", figures.municipalityCode()).param("pop", figures.population())
                .param("popAsOf", figures.populationAsOf()).param("biz", figures.businesses())
                .param("bizAsOf", figures.businessesAsOf()).param("by", figures.enteredBy())
                .param("at", figures.enteredAt() == null ? LocalDateTime.now() : figures.enteredAt())
                .update();
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
    }
}

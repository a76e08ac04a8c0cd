package jp.shinko.cycle;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.shinko.audit.Membership;
import jp.shinko.audit.Role;
import jp.shinko.sql.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The users table and each user's organizations. */
@Repository
class AccountRepository {

    private static final String SELECT = """
            SELECT id, username, display_name, role, enabled, must_change_password, created_at FROM users""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    Optional<UserAccount> find(String username) {
        var rows = read(SELECT + " WHERE username = ?", username);
        return rows.stream().findFirst();
    }

    List<UserAccount> list() {
        return read(SELECT + " ORDER BY username");
    }

    /** The stored hash, for the login check only. */
    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM users WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    private List<UserAccount> read(String sql, Object... params) {
        var memberships = memberships();
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            long id = rs.getLong("id");
            return new UserAccount(id, rs.getString("username"), rs.getString("display_name"),
                    Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                    rs.getBoolean("must_change_password"), SqlValues.instant(rs, "created_at"),
                    new TreeSet<>(memberships.getOrDefault(id, Set.of())));
        }).list();
    }

    private Map<Long, Set<Membership>> memberships() {
        var map = new HashMap<Long, Set<Membership>>();
        jdbc.sql("SELECT user_id, plan_key, organization_name FROM user_memberships")
                .query(rs -> {
                    map.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                            .add(new Membership(rs.getString(2), rs.getString(3)));
                });
        return map;
    }

    long insert(String username, String displayName, Role role, String passwordHash, boolean mustChange,
                Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO users (username, display_name, password_hash, role, enabled,
                                           must_change_password, created_at)
                        VALUES (?, ?, ?, ?, TRUE, ?, ?)""")
                .params(username, displayName, passwordHash, role.name(), mustChange, SqlValues.time(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void setPassword(long id, String passwordHash, boolean mustChange) {
        jdbc.sql("UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?")
                .params(passwordHash, mustChange, id).update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE users SET enabled = ? WHERE id = ?").params(enabled, id).update();
    }

    void setRoleAndName(long id, Role role, String displayName) {
        jdbc.sql("UPDATE users SET role = ?, display_name = ? WHERE id = ?")
                .params(role.name(), displayName, id).update();
    }

    void setMemberships(long id, Set<Membership> memberships) {
        jdbc.sql("DELETE FROM user_memberships WHERE user_id = ?").param(id).update();
        for (var m : new TreeSet<>(memberships)) {
            jdbc.sql("INSERT INTO user_memberships (user_id, plan_key, organization_name) VALUES (?, ?, ?)")
                    .params(id, m.planKey(), m.organizationName()).update();
        }
    }
}

package jp.shinko.cycle;

import java.time.Clock;
import java.time.Duration;
import jp.shinko.sql.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code maxPerAccount} failed logins for one account name
 * within the window, that name is locked until the failures age out; after {@code maxPerAddress}
 * failures from one address (any names), the address is. Failures are stored, so a restart does
 * not reset them and several app instances share them.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, Clock clock, LoginSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerAccount = settings.maxFailuresPerAccount();
        this.maxPerAddress = settings.maxFailuresPerAddress();
        this.window = settings.window();
    }

    public Duration window() {
        return window;
    }

    @Transactional(readOnly = true)
    public boolean accountLocked(String username) {
        return count("username", normalize(username)) >= maxPerAccount;
    }

    @Transactional(readOnly = true)
    public boolean addressBlocked(String address) {
        return count("remote_addr", address) >= maxPerAddress;
    }

    private long count(String column, String value) {
        return jdbc.sql("SELECT COUNT(*) FROM login_failures WHERE " + column + " = ? AND failed_at > ?")
                .params(value, SqlValues.time(clock.instant().minus(window)))
                .query(Long.class).single();
    }

    /** Records a failure in its own transaction: the failed login itself rolls back nothing it wrote. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address) {
        var now = clock.instant();
        jdbc.sql("DELETE FROM login_failures WHERE failed_at <= ?").param(SqlValues.time(now.minus(window))).update();
        jdbc.sql("INSERT INTO login_failures (username, remote_addr, failed_at) VALUES (?, ?, ?)")
                .params(normalize(username), address, SqlValues.time(now)).update();
    }

    /** A successful login forgets the account's failures (not the address's). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.sql("DELETE FROM login_failures WHERE username = ?").param(normalize(username)).update();
    }

    /** Names are stored cut to the column's width, as typed: guessing with variants counts per variant. */
    private static String normalize(String username) {
        var name = username == null ? "" : username.strip();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}

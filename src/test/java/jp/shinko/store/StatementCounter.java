package jp.shinko.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A DataSource that counts the statements its connections prepare, the writes among them, and
 * can make the n-th statement fail: a database failure in the middle of a save, on demand.
 */
final class StatementCounter extends DelegatingDataSource {

    private int statements;
    private int writes;
    private int failAt = Integer.MAX_VALUE;

    StatementCounter(DataSource target) {
        super(target);
    }

    /** Starts counting from zero; statement {@code failAt} (1-based) will throw. */
    synchronized void reset(int failAt) {
        this.statements = 0;
        this.writes = 0;
        this.failAt = failAt;
    }

    synchronized int statements() {
        return statements;
    }

    synchronized int writes() {
        return writes;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return watch(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return watch(super.getConnection(username, password));
    }

    private Connection watch(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        count(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "");
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getTargetException();
                    }
                });
    }

    private synchronized void count(String sql) throws SQLException {
        statements++;
        if (statements >= failAt) {
            throw new SQLException("injected failure at statement " + statements + ": " + sql);
        }
        var verb = sql.stripLeading().toUpperCase(Locale.ROOT);
        if (verb.startsWith("INSERT") || verb.startsWith("UPDATE") || verb.startsWith("DELETE")) {
            writes++;
        }
    }
}

package org.disclosurehub.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A DataSource that fails on cue, to show that a write failing halfway leaves nothing behind:
 * after {@link #failOn(String)}, the next statement whose SQL contains the given text fails as
 * if the database had gone away (once; later statements run again).
 */
public final class FaultyDataSource extends DelegatingDataSource implements AutoCloseable {

    private static final AtomicReference<String> FAIL_ON = new AtomicReference<>();

    FaultyDataSource(DataSource target) {
        super(target);
    }

    /** The next statement containing {@code sqlFragment} (e.g. "INSERT INTO penalty_decision") fails. */
    public static void failOn(String sqlFragment) {
        FAIL_ON.set(sqlFragment);
    }

    /** Whether the armed failure is still waiting for its statement. */
    public static boolean armed() {
        return FAIL_ON.get() != null;
    }

    public static void disarm() {
        FAIL_ON.set(null);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connection(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connection(super.getConnection(username, password));
    }

    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(FaultyDataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
                            && args != null && args[0] instanceof String sql) {
                        String fragment = FAIL_ON.get();
                        if (fragment != null && sql.contains(fragment) && FAIL_ON.compareAndSet(fragment, null)) {
                            throw new SQLTransientConnectionException("injected failure: the database went away");
                        }
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

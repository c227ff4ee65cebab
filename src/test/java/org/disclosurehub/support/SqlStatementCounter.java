package org.disclosurehub.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the hub sends: the DataSource of a {@link PolicyHubTest} context
 * hands out connections whose statements report every {@code execute*} call here (a batch counts
 * once: it is one round trip). Tests {@link #start()} counting before a request and read
 * {@link #statements()} after it; requests run one at a time, so a global count is exact.
 */
public final class SqlStatementCounter {

    private static final List<String> EXECUTED = new ArrayList<>();
    private static volatile boolean counting;

    private SqlStatementCounter() {
    }

    /** Forgets what was counted and counts from now on. */
    public static synchronized void start() {
        EXECUTED.clear();
        counting = true;
    }

    /** The statements executed since {@link #start()}, in order. */
    public static synchronized List<String> statements() {
        return List.copyOf(EXECUTED);
    }

    private static synchronized void executed(String sql) {
        if (counting) {
            EXECUTED.add(sql);
        }
    }

    /** Wraps a DataSource; {@code close()} reaches the pool, so the bean's destroy method still works. */
    static DataSource wrap(DataSource dataSource) {
        return new Counting(dataSource);
    }

    static final class Counting extends DelegatingDataSource implements AutoCloseable {

        Counting(DataSource target) {
            super(target);
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
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = call(target, method, args);
                    String name = method.getName();
                    if (result instanceof CallableStatement s && name.equals("prepareCall")) {
                        return statement(s, CallableStatement.class, (String) args[0]);
                    }
                    if (result instanceof PreparedStatement s && name.equals("prepareStatement")) {
                        return statement(s, PreparedStatement.class, (String) args[0]);
                    }
                    if (result instanceof Statement s && name.equals("createStatement")) {
                        return statement(s, Statement.class, null);
                    }
                    return result;
                });
    }

    private static Object statement(Statement target, Class<?> type, String preparedSql) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute")) {
                executed(args != null && args.length > 0 && args[0] instanceof String sql ? sql
                        : name.equals("executeBatch") ? "batch: " + preparedSql : preparedSql);
            }
            return call(target, method, args);
        };
        return Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }
}

package org.disclosurehub.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * A write lock on one table of the hub's own database, held on a connection of its own: every
 * query of that table waits until {@link #close}. A real stall of the database, for tests of what
 * the hub does while a request is stuck.
 */
public final class TableLock implements AutoCloseable {

    private final Connection connection;
    private final DataSource dataSource;
    private final String table;

    public TableLock(DataSource dataSource, String table) throws SQLException {
        this.dataSource = dataSource;
        this.table = table;
        this.connection = dataSource.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("LOCK TABLES " + table + " WRITE");
        }
    }

    /** Waits until some other session is waiting for this lock, i.e. a request is stuck on it. */
    public void awaitWaiter(long timeoutMillis) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet waiting = s.executeQuery("SELECT COUNT(*) FROM information_schema.processlist "
                            + "WHERE db = DATABASE() AND state LIKE 'Waiting for table%' AND info LIKE '%" + table + "%'")) {
                waiting.next();
                if (waiting.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no request came to wait for the lock on " + table);
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("UNLOCK TABLES");
        } finally {
            connection.close();
        }
    }
}

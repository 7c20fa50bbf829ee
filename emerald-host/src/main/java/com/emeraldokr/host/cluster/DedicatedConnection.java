package com.emeraldokr.host.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One database connection of its own, outside the pool, for what is bound to a session: advisory
 * locks and LISTEN. Opened on first use and again after {@link #reset}; one caller at a time.
 */
final class DedicatedConnection implements AutoCloseable {

    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final String url;
    private final String user;
    private final String password;
    private Connection connection;

    DedicatedConnection(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    synchronized <T> T run(SqlWork<T> work) throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(true);
        }
        return work.apply(connection);
    }

    /** Closes the connection (ending its session, so the database frees what it held); the next use opens another. */
    synchronized void reset() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // it is gone either way
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        reset();
    }
}

package com.emeraldokr.host.cluster;

import com.emeraldokr.core.port.ClusterLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Cluster locks from PostgreSQL's session-level advisory locks, taken on a connection of their own.
 * PostgreSQL ends a dead node's session and with it every lock the node held, so a killed node
 * blocks no one. Advisory locks are re-entrant per session, so the threads of this node also take a
 * local lock first.
 */
final class PostgresClusterLocks implements ClusterLocks, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresClusterLocks.class);

    private final DedicatedConnection session;
    private final LocalClusterLocks local = new LocalClusterLocks();

    PostgresClusterLocks(DedicatedConnection session) {
        this.session = session;
    }

    @Override
    public boolean runIfFree(String lockName, Runnable work) {
        boolean[] ran = {false};
        local.runIfFree(lockName, () -> {
            long key = key(lockName);
            if (!advisory("SELECT pg_try_advisory_lock(?)", key)) {
                return;
            }
            try {
                work.run();
                ran[0] = true;
            } finally {
                unlock(lockName, key);
            }
        });
        return ran[0];
    }

    /** Runs {@code work} holding the lock, waiting as long as another node holds it (used while nodes start). */
    void runExclusively(String lockName, Runnable work) {
        local.runExclusively(lockName, () -> {
            long key = key(lockName);
            advisory("SELECT true FROM pg_advisory_lock(?)", key);
            try {
                work.run();
            } finally {
                unlock(lockName, key);
            }
        });
    }

    private void unlock(String lockName, long key) {
        try {
            if (!advisory("SELECT pg_advisory_unlock(?)", key)) {
                LOG.warn("The cluster lock {} was no longer held when released", lockName);
            }
        } catch (IllegalStateException e) {
            // the session is gone, and PostgreSQL released the lock with it
            LOG.warn("Could not release the cluster lock {}: {}", lockName, e.getMessage());
        }
    }

    private boolean advisory(String sql, long key) {
        try {
            return session.run(c -> {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, key);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getBoolean(1);
                    }
                }
            });
        } catch (SQLException e) {
            session.reset();
            throw new IllegalStateException("the cluster lock connection failed: " + e.getMessage(), e);
        }
    }

    /** A stable 64-bit key for the name, in Emerald's own space so it does not meet other applications' locks. */
    static long key(String lockName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("com.emeraldokr:" + lockName).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}

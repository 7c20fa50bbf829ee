package com.emeraldokr.host.cluster;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Carries cache invalidations between the nodes sharing one PostgreSQL database with LISTEN/NOTIFY.
 * Each node listens on a dedicated connection named after it ({@code application_name}). A node that
 * invalidates sends the message and waits until every other listening node has acknowledged it (each
 * acknowledges once it has dropped the key), so when a write answers, no node serves the old value.
 * A node that does not answer within {@link #ACK_WAIT_MILLIS} is logged and not waited for longer.
 * While its own listening connection is down a node caches nothing, and it reconnects in the background.
 */
final class PostgresInvalidations implements LocalSharedCache.Broadcast, AutoCloseable {

    static final String CHANNEL = "emerald_cache";
    static final long ACK_WAIT_MILLIS = 2_000;
    private static final String LISTENER_PREFIX = "emerald-cache:";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresInvalidations.class);
    private static final int POLL_MILLIS = 250;
    private static final String SEPARATOR = "\n";
    private static final String INVALIDATE = "invalidate";
    private static final String ACK = "ack";

    private final DedicatedConnection listening;
    private final DataSource pool;
    private final NodeCaches caches;
    /** This node's listener, told apart from the others' also when two nodes run in one JVM. */
    private final String self = LISTENER_PREFIX + UUID.randomUUID();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<Long, Set<String>> awaitingAcks = new ConcurrentHashMap<>();
    private final Thread listener;
    private volatile boolean closed;

    PostgresInvalidations(DedicatedConnection listening, DataSource pool) {
        this.listening = listening;
        this.pool = pool;
        this.caches = NodeCaches.clustered(this);
        listen();
        this.listener = new Thread(this::run, "emerald-cache-invalidations");
        listener.setDaemon(true);
        listener.start();
    }

    NodeCaches caches() {
        return caches;
    }

    @Override
    public void invalidated(String cacheName, String key) {
        long seq = sequence.incrementAndGet();
        try (Connection c = pool.getConnection()) {
            Set<String> others = otherListeners(c);
            if (others.isEmpty()) {
                return;
            }
            Set<String> waiting = ConcurrentHashMap.newKeySet();
            waiting.addAll(others);
            awaitingAcks.put(seq, waiting);
            notify(c, String.join(SEPARATOR, INVALIDATE, self, String.valueOf(seq), cacheName, key == null ? "" : "=" + key));
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ACK_WAIT_MILLIS);
            synchronized (waiting) {
                while (!waiting.isEmpty() && System.nanoTime() < deadline) {
                    waiting.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                }
            }
            if (!waiting.isEmpty()) {
                LOG.warn("{} node(s) did not acknowledge the invalidation of cache {} within {} ms", waiting.size(), cacheName,
                        ACK_WAIT_MILLIS);
            }
        } catch (SQLException e) {
            // the database is out of reach: the write before this failed too, or the other nodes lose their listening
            // connections as well and start again from empty caches
            LOG.warn("Could not send the invalidation of cache {}: {}", cacheName, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            awaitingAcks.remove(seq);
        }
    }

    private Set<String> otherListeners(Connection c) throws SQLException {
        Set<String> others = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT application_name FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE ?")) {
            s.setString(1, LISTENER_PREFIX + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    others.add(rs.getString(1));
                }
            }
        }
        others.remove(self);
        return others;
    }

    private static void notify(Connection c, String payload) throws SQLException {
        try (PreparedStatement notify = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private void listen() {
        try {
            listening.run(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("SET application_name TO '" + self + "'");
                    s.execute("LISTEN " + CHANNEL);
                }
                return null;
            });
            // invalidations sent while this node was not listening are lost: start from empty caches
            caches.caching(true);
        } catch (SQLException e) {
            caches.caching(false);
            LOG.warn("Not listening for cache invalidations ({}); reading through to the database", e.getMessage());
        }
    }

    private void run() {
        boolean connected = true;
        while (!closed) {
            try {
                if (!connected) {
                    Thread.sleep(POLL_MILLIS);
                    listen();
                }
                PGNotification[] received = listening.run(c -> c.unwrap(PGConnection.class).getNotifications(POLL_MILLIS));
                connected = true;
                if (received != null) {
                    for (PGNotification n : received) {
                        apply(n.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (!closed) {
                    LOG.warn("Lost the cache invalidation channel ({}); reconnecting", e.getMessage());
                    caches.caching(false);
                    listening.reset();
                    connected = false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void apply(String payload) throws SQLException {
        String[] parts = payload.split(SEPARATOR, 5);
        if (parts.length == 5 && parts[0].equals(INVALIDATE) && !parts[1].equals(self)) {
            caches.drop(parts[3], parts[4].isEmpty() ? null : parts[4].substring(1));
            String ack = String.join(SEPARATOR, ACK, parts[1], parts[2], self);
            listening.run(c -> {
                notify(c, ack);
                return null;
            });
        } else if (parts.length == 4 && parts[0].equals(ACK) && parts[1].equals(self)) {
            Set<String> waiting = awaitingAcks.get(Long.parseLong(parts[2]));
            if (waiting != null) {
                synchronized (waiting) {
                    waiting.remove(parts[3]);
                    waiting.notifyAll();
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        listener.interrupt();
        try {
            listener.join(2 * POLL_MILLIS + 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        listening.close();
    }
}

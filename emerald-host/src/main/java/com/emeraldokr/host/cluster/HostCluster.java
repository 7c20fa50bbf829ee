package com.emeraldokr.host.cluster;

import com.emeraldokr.core.port.ClusterLocks;
import com.emeraldokr.core.port.SharedCaches;

import javax.sql.DataSource;

/**
 * What the nodes sharing one database share besides their tables: cluster locks and cache
 * invalidation. On PostgreSQL they come from advisory locks and LISTEN/NOTIFY on two connections
 * of this node's own; on H2, which one node owns, from this JVM alone.
 */
public final class HostCluster implements AutoCloseable {

    private static final String STARTUP_LOCK = "startup";

    private final String nodeId;
    private final ClusterLocks locks;
    private final NodeCaches caches;
    private final Runnable closer;
    private final StartupLock startupLock;

    private interface StartupLock {
        void runExclusively(String name, Runnable work);
    }

    private HostCluster(String nodeId, ClusterLocks locks, NodeCaches caches, StartupLock startupLock, Runnable closer) {
        this.nodeId = nodeId;
        this.locks = locks;
        this.caches = caches;
        this.startupLock = startupLock;
        this.closer = closer;
    }

    /** A node alone on its database. */
    public static HostCluster single(String nodeId) {
        LocalClusterLocks locks = new LocalClusterLocks();
        return new HostCluster(nodeId, locks, NodeCaches.single(), locks::runExclusively, () -> { });
    }

    /** A node of a cluster on one PostgreSQL database. */
    public static HostCluster postgres(String nodeId, String jdbcUrl, String user, String password, DataSource pool) {
        PostgresClusterLocks locks = new PostgresClusterLocks(new DedicatedConnection(jdbcUrl, user, password));
        PostgresInvalidations invalidations;
        try {
            invalidations = new PostgresInvalidations(new DedicatedConnection(jdbcUrl, user, password), pool);
        } catch (RuntimeException e) {
            locks.close();
            throw e;
        }
        return new HostCluster(nodeId, locks, invalidations.caches(), locks::runExclusively, () -> {
            invalidations.close();
            locks.close();
        });
    }

    public String nodeId() {
        return nodeId;
    }

    public ClusterLocks locks() {
        return locks;
    }

    public SharedCaches caches() {
        return caches;
    }

    /** Runs start-up work (schema upgrades, seeding) on one node at a time; the others wait their turn. */
    public void duringStartup(Runnable work) {
        startupLock.runExclusively(STARTUP_LOCK, work);
    }

    @Override
    public void close() {
        closer.run();
    }
}

package com.emeraldokr.core.port;

/**
 * Locks held across every node of the cluster (Jira's cluster lock service; PostgreSQL advisory locks
 * in the host). A lock whose node dies is released by the cluster, so no work waits on a dead node.
 */
public interface ClusterLocks {

    /**
     * Runs {@code work} while holding the named lock, then releases it; returns false at once, without
     * running it, when another thread or node holds the lock.
     */
    boolean runIfFree(String lockName, Runnable work);
}

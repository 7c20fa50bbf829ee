package com.emeraldokr.core.port;

import java.util.concurrent.locks.Lock;

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

    /** {@link #runIfFree} over one {@link Lock}: runs {@code work} if the lock is free now, releasing it after. */
    static boolean runHoldingIfFree(Lock lock, Runnable work) {
        if (!lock.tryLock()) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            lock.unlock();
        }
    }
}

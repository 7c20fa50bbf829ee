package com.emeraldokr.host.cluster;

import com.emeraldokr.core.port.ClusterLocks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** Locks of a node that shares its database with no other (H2): the threads of this JVM are the whole cluster. */
public final class LocalClusterLocks implements ClusterLocks {

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public boolean runIfFree(String lockName, Runnable work) {
        return ClusterLocks.runHoldingIfFree(locks.computeIfAbsent(lockName, n -> new ReentrantLock()), work);
    }

    /** Runs {@code work} holding the lock, waiting for it as long as it takes. */
    void runExclusively(String lockName, Runnable work) {
        ReentrantLock lock = locks.computeIfAbsent(lockName, n -> new ReentrantLock());
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }
}

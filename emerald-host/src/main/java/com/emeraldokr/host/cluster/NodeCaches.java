package com.emeraldokr.host.cluster;

import com.emeraldokr.core.port.SharedCache;
import com.emeraldokr.core.port.SharedCaches;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * This node's shared caches by name. Alone (H2) there is no one to tell; in a cluster the broadcast
 * carries each invalidation to the other nodes, which apply it with {@link #drop}.
 */
public final class NodeCaches implements SharedCaches {

    private final Map<String, LocalSharedCache<?>> caches = new ConcurrentHashMap<>();
    private final LocalSharedCache.Broadcast broadcast;
    private volatile boolean caching;

    private NodeCaches(LocalSharedCache.Broadcast broadcast, boolean caching) {
        this.broadcast = broadcast;
        this.caching = caching;
    }

    /** Caches of a node that shares its database with no other. */
    public static NodeCaches single() {
        return new NodeCaches((cache, key) -> { }, true);
    }

    /** Caches of a cluster node; they cache nothing until {@link #caching} turns them on. */
    static NodeCaches clustered(LocalSharedCache.Broadcast broadcast) {
        return new NodeCaches(broadcast, false);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> SharedCache<V> cache(String name, Function<String, V> loader) {
        return (SharedCache<V>) caches.computeIfAbsent(name, n -> new LocalSharedCache<>(n, loader, broadcast, caching));
    }

    /** Applies another node's invalidation: a key, or every key when {@code key} is null. */
    void drop(String cacheName, String key) {
        LocalSharedCache<?> cache = caches.get(cacheName);
        if (cache != null) {
            cache.dropLocally(key);
        }
    }

    /** On while this node hears the cluster's invalidations; each switch empties every cache. */
    synchronized void caching(boolean on) {
        caching = on;
        caches.values().forEach(c -> c.caching(on));
    }
}

package com.emeraldokr.host.cluster;

import com.emeraldokr.core.port.SharedCache;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One node's copy of a shared cache: a map filled by the loader, emptied by this node's invalidations
 * and, through the {@link Broadcast}, by every other node's. A load that started before an
 * invalidation is returned but not kept, so a reader racing a writer cannot put the old value back.
 */
final class LocalSharedCache<V> implements SharedCache<V> {

    /** Tells the other nodes that a key (null: every key) of a cache changed. */
    interface Broadcast {
        void invalidated(String cacheName, String key);
    }

    private final String name;
    private final Function<String, V> loader;
    private final Broadcast broadcast;
    private final Map<String, V> values = new ConcurrentHashMap<>();
    private long generation;
    private boolean caching;

    LocalSharedCache(String name, Function<String, V> loader, Broadcast broadcast, boolean caching) {
        this.name = name;
        this.loader = loader;
        this.broadcast = broadcast;
        this.caching = caching;
    }

    @Override
    public V get(String key) {
        V cached = values.get(key);
        if (cached != null) {
            return cached;
        }
        long before;
        synchronized (this) {
            before = generation;
        }
        V loaded = Objects.requireNonNull(loader.apply(key), () -> "the loader of " + name + " returned null for " + key);
        synchronized (this) {
            if (caching && generation == before) {
                values.putIfAbsent(key, loaded);
            }
        }
        return loaded;
    }

    @Override
    public void invalidate(String key) {
        dropLocally(key);
        broadcast.invalidated(name, key);
    }

    @Override
    public void invalidateAll() {
        dropLocally(null);
        broadcast.invalidated(name, null);
    }

    /** Drops a key (null: every key) on this node only. */
    synchronized void dropLocally(String key) {
        generation++;
        if (key == null) {
            values.clear();
        } else {
            values.remove(key);
        }
    }

    /**
     * Turns caching on or off, dropping what is held: off while this node cannot hear other nodes'
     * invalidations (every read then loads), on again once it can.
     */
    synchronized void caching(boolean on) {
        caching = on;
        dropLocally(null);
    }
}

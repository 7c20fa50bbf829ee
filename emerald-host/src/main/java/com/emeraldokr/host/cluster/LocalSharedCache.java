package com.emeraldokr.host.cluster;

import com.emeraldokr.core.port.SharedCache;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One node's copy of a shared cache: a map filled by the loader, emptied by this node's invalidations
 * and, through the {@link Broadcast}, by every other node's. A load that started before an
 * invalidation is returned but not kept, so a reader racing a writer cannot put the old value back.
 * Readers that miss while a load of the key is under way, with no invalidation since it started, wait
 * for that load instead of starting their own: after a write, dozens of dashboard reads would
 * otherwise each read the same rows at once.
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
    /** The load under way per key, guarded by {@code this}. */
    private final Map<String, Load<V>> loads = new HashMap<>();
    private long generation;
    private boolean caching;

    LocalSharedCache(String name, Function<String, V> loader, Broadcast broadcast, boolean caching) {
        this.name = name;
        this.loader = loader;
        this.broadcast = broadcast;
        this.caching = caching;
    }

    /** A load of one key, started when the cache was at {@code generation}. */
    private record Load<V>(long generation, CompletableFuture<V> value) {
    }

    @Override
    public V get(String key) {
        V cached = values.get(key);
        if (cached != null) {
            return cached;
        }
        Load<V> underWay;
        Load<V> load = null;
        synchronized (this) {
            underWay = loads.get(key);
            if (underWay == null || underWay.generation() != generation) {
                load = new Load<>(generation, new CompletableFuture<>());
                loads.put(key, load);
            }
        }
        if (load == null) {
            // waited for outside the lock, which the loading reader needs to finish
            return awaitOther(underWay);
        }
        try {
            V loaded = Objects.requireNonNull(loader.apply(key), () -> "the loader of " + name + " returned null for " + key);
            synchronized (this) {
                if (caching && generation == load.generation()) {
                    values.putIfAbsent(key, loaded);
                }
                loads.remove(key, load);
            }
            load.value().complete(loaded);
            return loaded;
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                loads.remove(key, load);
            }
            load.value().completeExceptionally(e);
            throw e;
        }
    }

    /** Another reader's load: its value, or its failure. */
    private static <V> V awaitOther(Load<V> load) {
        try {
            return load.value().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
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

package com.emeraldokr.core.port;

/**
 * A small read-through cache whose entries are dropped on every node when one node changes what they
 * were read from. Values are immutable and never null (wrap an absent value in {@code Optional}).
 *
 * <p>Wrapping a store takes one line to read, {@code cache.get(key)}, and one after each write,
 * {@code cache.invalidate(key)}, called once the write has committed.
 */
public interface SharedCache<V> {

    /** The cached value, or the loader's value, which is then cached until invalidated. */
    V get(String key);

    /** Drops the key on this node and every other; a read that raced the change does not put the old value back. */
    void invalidate(String key);

    /** Drops every key on this node and every other. */
    void invalidateAll();
}

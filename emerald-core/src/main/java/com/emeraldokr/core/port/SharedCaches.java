package com.emeraldokr.core.port;

import java.util.function.Function;

/**
 * Makes {@link SharedCache}s: Jira's Atlassian Cache replicated by invalidation, the host's local
 * maps invalidated through PostgreSQL's LISTEN/NOTIFY. Caches are named; asking twice for a name
 * gives the same cache, with the first loader.
 */
public interface SharedCaches {

    /**
     * The cache of this name, loading a missing key with {@code loader} (which must not return null).
     * Give each cache a name of its own, prefixed with Emerald's package.
     */
    <V> SharedCache<V> cache(String name, Function<String, V> loader);

    /** No caching: every read loads; for tests and tools that need no cache. */
    SharedCaches NONE = new SharedCaches() {
        @Override
        public <V> SharedCache<V> cache(String name, Function<String, V> loader) {
            return new SharedCache<>() {
                @Override
                public V get(String key) {
                    return loader.apply(key);
                }

                @Override
                public void invalidate(String key) {
                    // nothing cached
                }

                @Override
                public void invalidateAll() {
                    // nothing cached
                }
            };
        }
    };
}

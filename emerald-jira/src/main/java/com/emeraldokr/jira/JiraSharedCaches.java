package com.emeraldokr.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.emeraldokr.core.port.SharedCache;
import com.emeraldokr.core.port.SharedCaches;

import javax.inject.Inject;
import javax.inject.Named;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Shared caches on Atlassian Cache: values stay on the node that loaded them, and a removal on one
 * node is replicated to every other as an invalidation. The cache's own loader does the loading, so
 * Jira guards a load that races a removal.
 */
@Named
public class JiraSharedCaches implements SharedCaches {

    /** A bound for values whose invalidation a node missed (for example while it rejoined the cluster). */
    static final long EXPIRE_AFTER_WRITE_MINUTES = 30;

    private final CacheManager cacheManager;

    @Inject
    public JiraSharedCaches(@ComponentImport CacheManager cacheManager) {
        this.cacheManager = cacheManager;
    }

    @Override
    public <V> SharedCache<V> cache(String name, Function<String, V> loader) {
        Cache<String, V> cache = cacheManager.getCache(name, loader::apply, new CacheSettingsBuilder()
                .replicateViaInvalidation().expireAfterWrite(EXPIRE_AFTER_WRITE_MINUTES, TimeUnit.MINUTES).build());
        return new SharedCache<>() {
            @Override
            public V get(String key) {
                return cache.get(key);
            }

            @Override
            public void invalidate(String key) {
                cache.remove(key);
            }

            @Override
            public void invalidateAll() {
                cache.removeAll();
            }
        };
    }
}

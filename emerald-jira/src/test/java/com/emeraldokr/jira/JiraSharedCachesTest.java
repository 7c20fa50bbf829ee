package com.emeraldokr.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.emeraldokr.core.port.SharedCache;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Shared caches on a mocked Atlassian cache manager. */
class JiraSharedCachesTest {

    @Test
    @SuppressWarnings("unchecked")
    void readsThroughTheNamedAtlassianCacheWithItsLoaderAndInvalidatesThere() {
        CacheManager manager = mock(CacheManager.class);
        Cache<String, String> jiraCache = mock(Cache.class);
        ArgumentCaptor<CacheLoader<String, String>> loader = ArgumentCaptor.forClass(CacheLoader.class);
        when(manager.getCache(eq("com.emeraldokr.test"), loader.capture(), any(CacheSettings.class))).thenReturn((Cache) jiraCache);
        when(jiraCache.get("k")).thenReturn("cached");

        SharedCache<String> cache = new JiraSharedCaches(manager).cache("com.emeraldokr.test", key -> "loaded " + key);

        assertThat(cache.get("k")).isEqualTo("cached");
        assertThat(loader.getValue().load("x")).isEqualTo("loaded x");
        cache.invalidate("k");
        verify(jiraCache).remove("k");
        cache.invalidateAll();
        verify(jiraCache).removeAll();
    }
}

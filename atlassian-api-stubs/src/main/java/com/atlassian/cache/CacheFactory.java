package com.atlassian.cache;

// Mirrors com.atlassian.cache:atlassian-cache-api 6.0.2 (Platform 7, as in Confluence 9.1.1): com.atlassian.cache.CacheFactory (interface; getCache is declared here; the loader may be null).
public interface CacheFactory {

    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}

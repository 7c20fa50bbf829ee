package com.atlassian.cache;

// Mirrors com.atlassian.cache:atlassian-cache-api 6.0.2 (Platform 7, as in Confluence 9.1.1): com.atlassian.cache.CacheLoader (interface); members as declared there.
public interface CacheLoader<K, V> {

    V load(K key);
}

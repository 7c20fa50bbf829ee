package com.atlassian.cache;

// Mirrors com.atlassian.cache:atlassian-cache-api 6.0.2 (Platform 7, as in Confluence 9.1.1): com.atlassian.cache.Cache (interface); members as declared there.
public interface Cache<K, V> {

    V get(K key);

    void put(K key, V value);

    void remove(K key);

    void removeAll();
}

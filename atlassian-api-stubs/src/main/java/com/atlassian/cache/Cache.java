package com.atlassian.cache;

// Checked against: atlassian-cache-api 6.0.2 as shipped with Confluence 9.1.1 (Platform 7; CFR decompilation in ngannk-fptu/Decompiled-Files).
public interface Cache<K, V> {

    V get(K key);

    void put(K key, V value);

    void remove(K key);

    void removeAll();
}

package com.atlassian.cache;

// Checked against: atlassian-cache-api 6.0.2 as shipped with Confluence 9.1.1 (Platform 7; CFR decompilation in ngannk-fptu/Decompiled-Files).
public interface CacheLoader<K, V> {

    V load(K key);
}
